package dev.kitgen.localize;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time a guide and a candidate's sheet say a process takes is what a reader would find
 * true: steps without a length are counted, not taken as nothing; a take-home's effort and
 * window stand apart from the interviews; a range stays a range.
 */
class ProcessTimeTest {

    @TempDir
    Path cwd;

    private static final String HEAD = "kit: 1\nid: role\nlang: en\nrole: Role\nsummary: Does things.\nstages:\n";

    private String render(String stages, String lang, String doc) {
        KitFixtures.write(cwd, "role", "kit.yaml", HEAD + stages);
        KitFixtures.write(cwd, "role", "es.yaml", "kit: 1\nlang: es\n");
        CommandResult result = Kitgen.run(cwd, "render", "role", "--lang", lang, "--doc", doc, "--format", "md", "--stdout");
        assertThat(result).succeeded();
        return result.out();
    }

    @Test
    void aProcessWithoutLengthsSaysSoInsteadOfATotal() {
        String stages = "  - {id: cv, kind: application, title: CV review}\n  - {id: call, title: Call}\n"
                + "  - {id: panel, title: Panel}\n  - {id: offer, kind: offer, title: Offer}\n";

        assertThat(render(stages, "en", "guide")).contains("\n**Time in interviews:** 2 steps without a set length\n")
                .doesNotContain("minute");
        assertThat(render(stages, "es", "candidate")).contains("\n**Tiempo en entrevistas:** 2 pasos sin duración fijada\n");
    }

    @Test
    void aSixDayTakeHomeStandsApartFromTheInterviews() {
        String stages = "  - {id: call, title: Recruiter call, minutes: [25, 30]}\n"
                + "  - {id: exercise, kind: take-home, title: Exercise, hours: 3, about: true, window-days: 6}\n"
                + "  - {id: panel, title: Panel, minutes: 90}\n  - {id: team, title: Team chat}\n"
                + "  - {id: trial, kind: work-trial, title: Trial day, days: 1, paid: true}\n"
                + "  - {id: refs, kind: reference-check, title: References}\n";

        String guide = render(stages, "en", "guide");
        assertThat(guide).contains("\n**Time in interviews:** 1 h 55 min to 2 hours, plus 1 step without a set length\n",
                "\n**Exercise:** about 3 hours of work, within 6 days\n",
                "\n**Trial day:** 1 day of work, paid\n",
                "- **Kind of step:** Take-home assignment\n- **Expected effort:** about 3 hours\n- **Time given:** 6 days\n");
        assertThat(guide).doesNotContain("6 days and", "and 6 days");
        assertThat(render(stages, "es", "candidate")).contains(
                "\n**Tiempo en entrevistas:** de 1 h 55 min a 2 horas, más 1 paso sin duración fijada\n",
                "\n**Exercise:** alrededor de 3 horas de trabajo, en un plazo de 6 días\n",
                "\n**Trial day:** 1 día de trabajo, con remuneración\n");
    }

    @Test
    void rangesOfOneUnitNameItOnce() {
        assertThat(render("  - {id: call, title: Call, minutes: [25, 30]}\n", "en", "guide"))
                .contains("\n**Time in interviews:** 25–30 minutes\n");
        assertThat(render("  - {id: call, title: Call, hours: [2, 3], about: true}\n", "es", "guide"))
                .contains("\n**Tiempo en entrevistas:** alrededor de 2–3 horas\n");
    }
}
