package dev.kitgen.validate;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static dev.kitgen.testing.KitFixtures.TINY;
import static dev.kitgen.testing.KitFixtures.TINY_ES;
import static dev.kitgen.testing.KitFixtures.tiny;
import static dev.kitgen.testing.KitFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/** A list in a text that takes Markdown, whose lines YAML joined into one: a warning with the fix. */
class JoinedLinesTest {

    @TempDir
    Path cwd;

    private CommandResult validate() {
        return Kitgen.run(cwd, "validate");
    }

    @Test
    void aFoldedListIsAWarningAtTheText() {
        write(cwd, "tiny", "kit.yaml", tiny("summary: Builds tiny things.", """
                summary: >-
                  What the day looks like:
                  - Kick-off
                  - Pairing"""));

        assertThat(validate()).succeeded().errLinesAre(
                "kits/tiny/kit.yaml:5:10: warning: 'summary' reads like a list, but YAML joined its lines into one "
                        + "('What the day looks like: - Kick-off - Pairing'); write it as a literal block, 'summary: |', "
                        + "with each item on a line of its own",
                "1 kit checked: 0 errors, 1 warning");
    }

    @Test
    void aPlainTextGoingOnBelowItsKeyAndAnAnchorAreWarnedAboutToo() {
        write(cwd, "tiny", "kit.yaml", tiny("      1: Cannot write a loop.",
                "      1: Cannot\n        1. write a loop\n        2. name a variable"));

        assertThat(validate().err()).startsWith("kits/tiny/kit.yaml:11:10: warning: 'anchors' reads like a list");
    }

    @Test
    void aLiteralBlockATitleAndOneDashAreNot() {
        write(cwd, "tiny", "kit.yaml", tiny("summary: Builds tiny things.", """
                summary: |
                  What the day looks like:
                  - Kick-off
                  - Pairing""").replace("    title: Writes code", "    title: >-\n      Writes code - tests - docs")
                .replace("text: Listen more than you talk.", "text: >-\n      Listen - then talk."));

        assertThat(validate().err()).isEqualTo("1 kit checked: no problems\n");
    }

    @Test
    void aTranslationsFoldedListIsAWarningInIt() {
        write(cwd, "tiny", "kit.yaml", TINY);
        write(cwd, "tiny", "es.yaml", TINY_ES.replace("summary: Construye cosas diminutas.",
                "summary: >\n  Construye:\n  - cosas\n  - diminutas"));

        assertThat(validate().err()).startsWith("kits/tiny/es.yaml:4:10: warning: 'summary' reads like a list");
    }
}
