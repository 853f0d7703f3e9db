package dev.kitgen.validate;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An id is the text as written. YAML would read {@code yes} as true, {@code 010} as 8 and
 * {@code 1e3} as 1000; as ids they are the words {@code yes}, {@code 010} and {@code 1e3}, the
 * same where a criterion is defined and where a stage or a red flag links to it.
 */
class IdRuleTest {

    @TempDir
    Path cwd;

    @Test
    void idsThatYamlWouldReadAsBooleansOrNumbersAreTheTextAsWritten() {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY
                .replace("id: coding", "id: 010").replace("id: design", "id: yes")
                .replace("assesses: [coding, design]", "assesses: [010, yes]").replace("assesses: [coding]", "assesses: 010")
                .replace("tips:", "red-flags:\n  - id: 1e3\n    text: Blames others.\n    criterion: yes\ntips:"));

        CommandResult result = Kitgen.run(cwd, "render", "tiny", "--format", "md");

        assertThat(result).succeeded().errIsEmpty();
        assertThat(cwd.resolve("out/tiny/en/scorecard-onsite.md")).content()
                .contains("Writes code", "Designs systems", "Blames others.");
    }

    @Test
    void anIdWrittenAsNothingIsOneErrorAtItAndNamesNoEmptyCriterion() {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY.replace("id: design", "id: null")
                .replace("assesses: [coding, design]", "assesses: [coding]"));

        CommandResult result = Kitgen.run(cwd, "validate", "tiny");

        assertThat(result).failedValidation()
                .errContains("kits/tiny/kit.yaml:13:9: error: 'id' in criterion at line 13 must be an id such as "
                        + "'system-design', found nothing");
        assertThat(result.err()).doesNotContain("''").contains("1 error, 0 warnings");
    }
}
