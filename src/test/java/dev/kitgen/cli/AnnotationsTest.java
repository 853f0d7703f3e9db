package dev.kitgen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Problems on the lines of a pull request: workflow commands, or text a problem matcher reads. */
class AnnotationsTest {

    @TempDir
    Path cwd;

    /** A kit with two located errors, beside a kit with a misnamed translation file (a warning about a whole file). */
    private void brokenKit() {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY.replace("summary:", "sumary:")
                .replace("minutes: 60", "minutes: 60\n    days: 1"));
        KitFixtures.write(cwd, "other", "kit.yaml", KitFixtures.tiny("tiny", "other"));
        KitFixtures.write(cwd, "other", "other.yml", "x: 1\n");
    }

    @Test
    void validateWritesOneWorkflowCommandPerProblemOnStdout() {
        brokenKit();

        CommandResult result = Kitgen.run(cwd, "validate", "--output", "github");

        assertThat(result).failedValidation();
        assertThat(result.out().lines()).containsExactly(
                "::warning file=kits/other/other.yml,title=kitgen::ignored: a translation file is named after its "
                        + "language, such as 'es.yaml' or 'es-MX.yaml'",
                "::error file=kits/tiny/kit.yaml,line=5,col=1,title=kitgen::unknown key 'sumary' in kit.yaml (did "
                        + "you mean 'summary'?)",
                "::error file=kits/tiny/kit.yaml,line=27,col=5,title=kitgen::stage 'onsite' gives both 'minutes' and "
                        + "'days'; keep one");
        assertThat(result.err()).isEqualTo("2 kits checked: 2 errors, 1 warning\n");
    }

    @Test
    void renderAnnotatesItsProblemsTooAndTheTextStaysForPeople() {
        brokenKit();

        CommandResult annotated = Kitgen.run(cwd, "render", "--all", "--format", "md", "--problems", "github");
        CommandResult text = Kitgen.run(cwd, "render", "--all", "--format", "md");

        assertThat(annotated).failedValidation();
        assertThat(annotated.out()).startsWith("::warning file=kits/other/other.yml,title=kitgen::ignored:")
                .contains("::error file=kits/tiny/kit.yaml,line=5,col=1,title=kitgen::unknown key 'sumary'");
        assertThat(annotated.err()).startsWith("2 errors, 1 warning\nkitgen: wrote 5 files in ");
        assertThat(text.out()).isEmpty();
        assertThat(text.err()).contains("kits/tiny/kit.yaml:5:1: error: unknown key 'sumary'");
    }

    @Test
    void valuesAreEscapedAsTheRunnerReadsThem() {
        var d = dev.kitgen.diagnostics.Diagnostic.warning(new dev.kitgen.diagnostics.Location("a:b,c%.yaml", 2, 3),
                "100% of\nit::x\r");
        assertThat(dev.kitgen.diagnostics.WorkflowCommands.of(d))
                .isEqualTo("::warning file=a%3Ab%2Cc%25.yaml,line=2,col=3,title=kitgen::100%25 of\\nit::x\\r");
    }

    @Test
    void theShippedProblemMatcherReadsTheTextOutput() throws IOException {
        brokenKit();
        CommandResult result = Kitgen.run(cwd, "validate");
        JsonNode matchers = new ObjectMapper().readTree(Files.readString(
                Project.path(".github/kitgen-problem-matcher.json"))).get("problemMatcher");

        int located = 0;
        int whole = 0;
        for (String line : result.err().lines().toList()) {
            Matcher m = Pattern.compile(matchers.get(0).get("pattern").get(0).get("regexp").asText()).matcher(line);
            Matcher f = Pattern.compile(matchers.get(1).get("pattern").get(0).get("regexp").asText()).matcher(line);
            if (m.matches()) {
                located++;
                assertThat(m.group(1)).isEqualTo("kits/tiny/kit.yaml");
                assertThat(m.group(4)).isEqualTo("error");
                assertThat(f.matches()).as("one annotation per line: " + line).isFalse();
            } else if (f.matches()) {
                whole++;
                assertThat(f.group(1)).isEqualTo("kits/other/other.yml");
                assertThat(f.group(2)).isEqualTo("warning");
            }
        }
        assertThat(located).isEqualTo(2);
        assertThat(whole).isEqualTo(1);
    }
}
