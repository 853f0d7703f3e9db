package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SchemaCommandTest {

    @TempDir
    Path cwd;

    @Test
    void printsTheShippedKitSchema() throws Exception {
        CommandResult result = Kitgen.run(cwd, "schema");

        assertThat(result).succeeded().errIsEmpty();
        assertThat(result.out()).isEqualTo(Project.read("templates/schema/kit.schema.json"))
                .startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n");
    }

    @Test
    void printsTheShippedTranslationSchema() throws Exception {
        CommandResult result = Kitgen.run(cwd, "schema", "--translation");

        assertThat(result).succeeded().errIsEmpty();
        assertThat(result.out()).isEqualTo(Project.read("templates/schema/translation.schema.json"));
    }
}
