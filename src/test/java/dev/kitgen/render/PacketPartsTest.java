package dev.kitgen.render;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.files.Folder;
import dev.kitgen.localize.Localizer;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Language;
import dev.kitgen.model.RoleId;
import dev.kitgen.model.Stage;
import dev.kitgen.model.StageKind;
import dev.kitgen.render.pdf.Kept;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Project;
import dev.kitgen.usecase.Catalogs;
import dev.kitgen.usecase.Kits;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documents a packet's parts keep open for it: joining them gives the packet that joining
 * their saved bytes gives, and none stays open once the packet is made, fails, or is never made.
 */
class PacketPartsTest {

    /** An HTML template that uses a variable no view has: the error shows only when a page is rendered. */
    private static final String LACKS_A_VARIABLE = "<html><body><h1>{{doc.title}}</h1><p>{{doc.author}}</p></body></html>\n";

    @TempDir
    Path cwd;

    private static KitBundle bundle(Folder kits, String role) {
        Diagnostics diagnostics = new Diagnostics();
        return new Kits(kits).read(RoleId.of(role), diagnostics)
                .orElseThrow(() -> new AssertionError("kit " + role + ": " + diagnostics.sorted()));
    }

    private static Localizer localizer(KitBundle bundle, String lang, List<Folder> templates) {
        return new Localizer(bundle, Catalogs.load(Language.of(lang), templates, new Diagnostics()), "kitgen test", "test");
    }

    /** The guide's and every scorecard's parts, as a run makes them for a packet. */
    private static List<Renderer.Part> parts(Renderer renderer, Localizer localizer, List<Stage> stages, boolean packed) {
        List<Renderer.Part> parts = new ArrayList<>(List.of(renderer.part(Doc.GUIDE, localizer::guide, packed)));
        for (Stage stage : stages) {
            if (stage.form() != StageKind.Form.NONE) {
                parts.add(renderer.part(Doc.SCORECARD, () -> localizer.scorecard(stage.id(), false), packed));
            }
        }
        return parts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ja"})
    void aPacketJoinedFromTheOpenDocumentsIsThePacketJoinedFromTheirBytes(String lang) throws IOException {
        List<Folder> templates = List.of(Folder.builtIn("templates"));
        Renderer renderer = new Renderer(new Templates(templates), "kitgen test", null, Paper.A4);
        KitBundle bundle = bundle(Folder.onDisk(Project.path("kits"), Project.folder()), "ml-engineer");
        Localizer localizer = localizer(bundle, lang, templates);
        List<Stage> stages = bundle.kit().stages();
        List<Renderer.Part> open = parts(renderer, localizer, stages, true);
        List<Renderer.Part> saved = parts(renderer, localizer, stages, false);
        // As a run that writes the parts too: each is laid out before its packet.
        open.forEach(Renderer.Part::pdf);
        assertThat(open).allSatisfy(part -> assertThat(Kept.document(part.laidOut())).isNotNull());
        assertThat(saved).allSatisfy(part -> assertThat(Kept.document(part.laidOut())).isNull());

        byte[] joinedOpen = renderer.packet(localizer::packet, open);
        byte[] joinedSaved = renderer.packet(localizer::packet, saved);

        assertThat(joinedOpen).isEqualTo(joinedSaved);
        // Japanese is set in a script font, so each part's open document was itself read back
        // from its bytes (to drop the font's CIDSet); Spanish is not.
        assertThat(embedsDroidSans(open.get(0).pdf())).isEqualTo(lang.equals("ja"));
    }

    private static boolean embedsDroidSans(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    if (page.getResources().getFont(name).getName().contains("DroidSansFallback")) return true;
                }
            }
            return false;
        }
    }

    /** The tiny kit in English, with the user's templates {@code templates} over kitgen's. */
    private record Run(Renderer renderer, Localizer localizer, List<Stage> stages) {
        List<Renderer.Part> parts() {
            return PacketPartsTest.parts(renderer, localizer, stages, true);
        }
    }

    private Run tiny(String... templates) throws IOException {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        Path mine = cwd.resolve("my-templates");
        Files.createDirectories(mine);
        for (int i = 0; i < templates.length; i += 2) Files.writeString(mine.resolve(templates[i]), templates[i + 1]);
        List<Folder> folders = List.of(Folder.onDisk(mine, cwd), Folder.builtIn("templates"));
        KitBundle bundle = bundle(Folder.onDisk(cwd.resolve("kits"), cwd), "tiny");
        return new Run(new Renderer(new Templates(folders), "kitgen test", null, Paper.A4),
                localizer(bundle, "en", folders), bundle.kit().stages());
    }

    /** The documents {@code parts} keep open, each of them laid out first, as their own jobs do. */
    private static List<PDDocument> laidOut(List<Renderer.Part> parts) {
        parts.forEach(Renderer.Part::pdf);
        List<PDDocument> kept = parts.stream().map(part -> Kept.document(part.laidOut())).toList();
        assertThat(kept).doesNotContainNull();
        return kept;
    }

    private static void assertClosed(List<PDDocument> kept, List<Renderer.Part> parts) {
        assertThat(kept).allSatisfy(document -> assertThat(document.getDocument().isClosed()).isTrue());
        assertThat(parts).allSatisfy(part -> assertThat(Kept.document(part.laidOut())).isNull());
    }

    @Test
    void aPacketMadeClosesItsPartsDocuments() throws IOException {
        Run run = tiny();
        List<Renderer.Part> parts = run.parts();
        List<PDDocument> kept = laidOut(parts);

        run.renderer().packet(run.localizer()::packet, parts);

        assertClosed(kept, parts);
    }

    /**
     * The packet's own template fails once its parts are laid out, when its front page is rendered;
     * the guide's fails the guide, and then the packet, after the scorecards were laid out.
     */
    @ParameterizedTest
    @ValueSource(strings = {"packet.html.mustache", "guide.html.mustache"})
    void aPacketThatFailsClosesItsPartsDocuments(String broken) throws IOException {
        Run run = tiny(broken, LACKS_A_VARIABLE);
        List<Renderer.Part> parts = run.parts();
        List<Renderer.Part> made = broken.startsWith("guide") ? parts.subList(1, parts.size()) : parts;
        List<PDDocument> kept = laidOut(made);

        assertThatThrownBy(() -> run.renderer().packet(run.localizer()::packet, parts))
                .isInstanceOf(KitgenException.class).hasMessageContaining(broken + ":1:").hasMessageContaining("doc.author");

        assertClosed(kept, made);
    }

    @Test
    void aPartLaidOutAfterItsPacketFailedKeepsNoDocument() throws IOException {
        Run run = tiny("guide.html.mustache", LACKS_A_VARIABLE);
        List<Renderer.Part> parts = run.parts();

        assertThatThrownBy(() -> run.renderer().packet(run.localizer()::packet, parts)).isInstanceOf(KitgenException.class);

        Renderer.Part scorecard = parts.get(1);
        assertThat(scorecard.pdf()).isNotEmpty();
        assertThat(Kept.document(scorecard.laidOut())).isNull();
    }

    @Test
    void aRunThatEndsBeforeItsPacketIsMadeClosesItsPartsDocuments() throws IOException {
        Run run = tiny();
        List<Renderer.Part> parts = run.parts();
        List<PDDocument> kept = laidOut(parts.subList(0, 2));

        run.renderer().closeParts();

        assertClosed(kept, parts.subList(0, 2));
        assertThat(Kept.document(parts.get(2).laidOut())).as("laid out after the run closed its parts").isNull();
    }
}
