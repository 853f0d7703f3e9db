package dev.kitgen.usecase.render;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing half-written: a render that fails part way (here in a user's template, after other
 * documents rendered fine) exits 1, names the template file and line, and leaves the out folder
 * of the previous run exactly as it was.
 */
class FailedRenderTest {

    @TempDir
    Path cwd;

    Map<String, String> previousRun;

    @BeforeEach
    void renderOnceSuccessfully() {
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en")).succeeded();
        previousRun = Folders.snapshot(cwd.resolve("out")).listing();
        assertThat(previousRun).containsKey("ml-engineer/en/scorecard-system-design.md");
    }

    private void template(String name, String text) throws IOException {
        Path file = cwd.resolve("my-templates").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.replace("|", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // template; its text, '|' for a line break; where and what kitgen reports
            "scorecard.md.mustache; # {{doc.title}}||{{#stage}}|## {{titel}}|{{/stage}}|;"
                    + " my-templates/scorecard.md.mustache:4:1: error: template uses 'titel',",
            "guide.html.mustache; <h1>{{doc.title}}</h1>|<p>{{doc.author}}</p>|;"
                    + " my-templates/guide.html.mustache:2:1: error: template uses 'doc.author',",
            "scorecard.html.mustache; <h1>{{doc.title}}</h1>||{{#criteria}}|<h2>{{title}}</h2>|;"
                    + " my-templates/scorecard.html.mustache:3:1: error: template error: Failed to close 'criteria' tag"})
    void aBrokenUserTemplateNamesItsFileAndLineAndWritesNothing(String name, String text, String message)
            throws IOException {
        template(name, text);

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--templates", "my-templates");

        assertThat(result).failedValidation().hasNoStackTrace().errContains(message.strip());
        assertThat(result.out()).as("no file is reported written").isEmpty();
        assertThat(Folders.snapshot(cwd.resolve("out")).listing()).isEqualTo(previousRun);
    }

    @Test
    void aFixedTemplateThenReplacesTheDocumentsItRenders() throws IOException {
        template("guide.md.mustache", "# {{doc.title}}||{{summary}}|");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--templates", "my-templates");

        assertThat(result).succeeded().errIsEmpty().wrote("out/ml-engineer/en/guide.md");
        assertThat(cwd.resolve("out/ml-engineer/en/guide.md")).content(StandardCharsets.UTF_8)
                .startsWith("# Interviewer guide: Machine Learning Engineer\n\nML engineers bridge");
        assertThat(cwd.resolve("out/ml-engineer/en/guide.html")).content(StandardCharsets.UTF_8)
                .isEqualTo(previousRun.get("ml-engineer/en/guide.html"));
    }
}
