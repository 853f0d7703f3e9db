package dev.kitgen.localize;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A user's message catalog is as untrusted as a kit: its patterns are parsed by ICU. */
class HostileCatalogTest {

    @TempDir
    Path cwd;

    @Test
    void aPatternNestingThousandsOfArgumentsIsAnErrorNotAStackOverflow() throws IOException {
        StringBuilder yaml = new StringBuilder("formats:\n  minutes: >-\n");
        yaml.append("    {minutes, plural, other {\n".repeat(5_000)).append("    x\n").append("    }\n".repeat(5_000));
        catalog("en.yaml", yaml.toString());

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/messages/en.yaml:2:12: error: message pattern nests arguments more than 8 deep");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void aPatternThatIsNotICUNamesItsPlace() throws IOException {
        catalog("es.yaml", "formats:\n  minutes: \"{minutes, plural, one {# minuto}\"\n");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/messages/es.yaml:2:12: error: not an ICU message pattern");
    }

    @Test
    void kitTextWithPatternSyntaxIsNotParsedAsAPattern() throws IOException {
        KitFixtures.write(cwd, "ml-engineer", "kit.yaml", KitFixtures.shippedKit()
                .replace("role: Machine Learning Engineer", "role: \"{role} {0, plural, other {#}} '{'\""));

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "md");

        assertThat(result).succeeded().hasNoStackTrace();
        assertThat(cwd.resolve("out/ml-engineer/en/guide.md")).content()
                .startsWith("# Interviewer guide: {role} {0, plural, other {#}} '{'");
    }

    private void catalog(String name, String text) throws IOException {
        Path file = cwd.resolve("templates/messages").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
