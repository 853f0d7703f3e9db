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
 * Nothing half-written: a document that fails (here in a user's template) exits 1, names the
 * template file and line and the document not written, keeps that document's previous version
 * and writes the others whole; a template that does not compile stops the run before anything
 * is written.
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
            // template; its text, '|' for a line break; where and what kitgen reports; a document not written
            "scorecard.md.mustache; # {{doc.title}}||{{#stage}}|## {{titel}}|{{/stage}}|;"
                    + " my-templates/scorecard.md.mustache:4:1: error: template uses 'titel',;"
                    + " out/ml-engineer/en/scorecard-system-design.md",
            "guide.html.mustache; <h1>{{doc.title}}</h1>|<p>{{doc.author}}</p>|;"
                    + " my-templates/guide.html.mustache:2:1: error: template uses 'doc.author',;"
                    + " out/ml-engineer/en/guide.html"})
    void aDocumentThatFailsKeepsItsPreviousVersionAndIsNamed(String name, String text, String message,
                                                              String notWritten) throws IOException {
        template(name, text);

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--templates", "my-templates");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains(message.strip(), "kitgen: not written: " + notWritten.strip() + "\n");
        assertThat(result.out()).as("the documents that rendered are written").contains("out/ml-engineer/en/")
                .doesNotContain(notWritten.strip());
        // The same input renders the same bytes, and the failed document keeps its previous version.
        assertThat(Folders.snapshot(cwd.resolve("out")).listing()).isEqualTo(previousRun);
    }

    @Test
    void aTemplateThatDoesNotCompileStopsTheRunAndWritesNothing() throws IOException {
        template("scorecard.html.mustache", "<h1>{{doc.title}}</h1>||{{#criteria}}|<h2>{{title}}</h2>|");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--templates", "my-templates");

        assertThat(result).failedValidation().hasNoStackTrace().errContains(
                "my-templates/scorecard.html.mustache:3:1: error: template error: Failed to close 'criteria' tag");
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
