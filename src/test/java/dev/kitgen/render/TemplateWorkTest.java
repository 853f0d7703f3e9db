package dev.kitgen.render;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.files.Folder;
import dev.kitgen.localize.Localizer;
import dev.kitgen.localize.Views;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Language;
import dev.kitgen.model.RoleId;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.usecase.Catalogs;
import dev.kitgen.usecase.Kits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps kitgen's own templates take over the fullest kit the limits allow, counted as a render
 * counts them: the limit on template work ({@link Templates#MAX_WORK_STEPS}) must leave them a wide
 * margin, and the figure the error message quotes ({@link Templates#LARGEST_KIT_STEPS}) must stay
 * true. A render's count is its own: documents render on several threads at once.
 */
class TemplateWorkTest {

    /**
     * Questions per stage: the shipped kit asks 3 or 4, and 12 in each of 50 stages is already a
     * lot. (With 20, the packet of 200 criteria passes {@link Templates#MAX_DOCUMENT_CHARS} since
     * its coverage table is one table for each 12 stages, each repeating the 200 criteria.)
     */
    static final int QUESTIONS = 10;

    @TempDir
    static Path cwd;

    static Localizer localizer;

    static Templates templates;

    @BeforeAll
    static void readTheLargestKit() {
        KitFixtures.write(cwd, "largest", "kit.yaml", KitFixtures.largest("largest", QUESTIONS));
        Diagnostics diagnostics = new Diagnostics();
        KitBundle bundle = new Kits(Folder.onDisk(cwd.resolve("kits"), cwd)).read(RoleId.of("largest"), diagnostics)
                .orElseThrow(() -> new AssertionError("the largest kit is invalid: " + diagnostics.sorted()));
        Folder builtIn = Folder.builtIn("templates");
        localizer = new Localizer(bundle, Catalogs.load(Language.of("en"), List.of(builtIn), diagnostics), "kitgen", "sha256:test");
        assertThat(diagnostics.sorted()).as("problems with the largest kit").isEmpty();
        templates = new Templates(List.of(builtIn));
    }

    @Test
    void theShippedTemplatesTakeAFractionOfTheLimitOverTheLargestKit() {
        Map<String, Long> steps = new LinkedHashMap<>();
        for (Format format : List.of(Format.MD, Format.HTML)) {
            steps.put("guide." + format.extension(), steps(Doc.GUIDE, format, localizer.guide()));
            steps.put("scorecard." + format.extension(), steps(Doc.SCORECARD, format, localizer.scorecard("s0", false)));
            steps.put("fillable scorecard." + format.extension(), steps(Doc.SCORECARD, format, localizer.scorecard("s0", true)));
            steps.put("packet." + format.extension(), steps(Doc.PACKET, format, localizer.packet()));
        }
        System.out.println("template steps over the largest kit: " + steps);

        long most = steps.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(most).as("most steps of a shipped template").isLessThan(Templates.LARGEST_KIT_STEPS)
                .isLessThan(Templates.MAX_WORK_STEPS / 3);
        // The packet holds the guide and every scorecard, so it takes the most.
        assertThat(steps.get("packet.html")).isEqualTo(most)
                .isGreaterThan(50 * steps.get("scorecard.html"));
    }

    @Test
    void aRenderCountsItsOwnStepsOnly() {
        TemplateWork first = new TemplateWork();
        TemplateWork second = new TemplateWork();

        render(Doc.GUIDE, Format.MD, localizer.guide(), first);
        long once = TemplateWork.taken(first);
        render(Doc.GUIDE, Format.MD, localizer.guide(), second);

        assertThat(once).isPositive();
        assertThat(TemplateWork.taken(first)).isEqualTo(once);
        assertThat(TemplateWork.taken(second)).isEqualTo(once);
    }

    private static long steps(Doc doc, Format format, Views.View view) {
        TemplateWork work = new TemplateWork();
        render(doc, format, view, work);
        return TemplateWork.taken(work);
    }

    private static void render(Doc doc, Format format, Views.View view, TemplateWork work) {
        templates.render(doc, format, List.of(new Layout.Scope(Layout.of(view, format, Paper.A4)), view), work);
    }
}
