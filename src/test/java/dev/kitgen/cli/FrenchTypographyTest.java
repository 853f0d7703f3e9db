package dev.kitgen.cli;

import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each language writes the colon after a label its own way, from its catalog: French sets it off
 * with a narrow no-break space ("Durée : 30 minutes"), English does not ("Duration: 30 minutes").
 */
class FrenchTypographyTest {

    private static final String NARROW_NO_BREAK_SPACE = "\u202F";

    @TempDir
    Path cwd;

    @Test
    void frenchLabelsAndTitlesSetTheirColonOffWithANarrowNoBreakSpace() throws IOException {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);

        assertThat(Kitgen.run(cwd, "render", "tiny", "--lang", "fr", "--format", "md,html")).succeeded();
        assertThat(Kitgen.run(cwd, "render", "tiny", "--format", "md,html")).succeeded();

        String guide = Files.readString(cwd.resolve("out/tiny/fr/guide.md"));
        assertThat(guide).contains("# Guide d'entretien" + NARROW_NO_BREAK_SPACE + ": Tiny Engineer",
                "**Durée" + NARROW_NO_BREAK_SPACE + ":** 30 minutes", "Évalue" + NARROW_NO_BREAK_SPACE + ":");
        assertThat(guide).as("no colon straight after a word").doesNotContainPattern("\\p{L}:");
        String scorecard = Files.readString(cwd.resolve("out/tiny/fr/scorecard-screen.html"));
        assertThat(scorecard).contains("Candidat·e" + NARROW_NO_BREAK_SPACE + ": ");

        String english = Files.readString(cwd.resolve("out/tiny/en/guide.md"));
        assertThat(english).contains("# Interviewer guide: Tiny Engineer", "**Duration:** 30 minutes")
                .doesNotContain(NARROW_NO_BREAK_SPACE);
    }
}
