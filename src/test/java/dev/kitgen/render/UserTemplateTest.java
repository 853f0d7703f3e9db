package dev.kitgen.render;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Measured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Broken user templates: each stops the render with exit 1 and names the template file and the
 * line at fault; nothing is written, and a missing name never becomes a blank.
 */
class UserTemplateTest {

    @TempDir
    Path cwd;

    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                arguments("an unclosed section", "# {{doc.title}}\n\n{{#criteria}}\n- {{title}}\n",
                        "templates/guide.md.mustache:3:1: error: template error: Failed to close 'criteria' tag"),
                arguments("a section closed by another name", "# {{doc.title}}\n\n{{#criteria}}\n- {{title}}\n{{/stages}}\n",
                        "templates/guide.md.mustache:5:1: error: template error: Mismatched start/end tags: criteria != stages"),
                arguments("an unclosed variable", "# {{doc.title}}\n\n{{doc.title\n",
                        "templates/guide.md.mustache:3:1: error: template error: Improperly closed variable"),
                arguments("a variable the view lacks", "# {{doc.title}}\n\n{{doc.author}}\n",
                        "templates/guide.md.mustache:3:1: error: template uses 'doc.author', which kitgen does not provide"),
                arguments("a variable the view lacks, inside a section", "# {{doc.title}}\n{{#criteria}}\n\n{{weigth}}\n{{/criteria}}\n",
                        "templates/guide.md.mustache:4:1: error: template uses 'weigth'"),
                arguments("a section the view lacks", "# {{doc.title}}\n\n{{#questionz}}\nx\n{{/questionz}}\n",
                        "templates/guide.md.mustache:3:1: error: template uses 'questionz'"),
                arguments("an inverted section the view lacks", "# {{doc.title}}\n\n{{^hasTipz}}\nx\n{{/hasTipz}}\n",
                        "templates/guide.md.mustache:3:1: error: template uses 'hasTipz'"),
                arguments("a missing partial", "# {{doc.title}}\n\n{{> partials/nope}}\n",
                        "templates/guide.md.mustache:3:1: error: partial 'partials/nope.mustache' not found in templates/ or kitgen's built-in templates"),
                arguments("a triple mustache", "# {{doc.title}}\n\n{{{summary}}}\n",
                        "templates/guide.md.mustache:3:1: error: template error: 'summary' is placed unescaped"),
                arguments("an ampersand variable", "# {{doc.title}}\n\n{{& summary}}\n",
                        "templates/guide.md.mustache:3:1: error: template error: 'summary' is placed unescaped"),
                arguments("the names of the render's own step count", "# {{doc.title}}\n\n{{#steps}}{{limit}}{{/steps}}\n",
                        "templates/guide.md.mustache:3:1: error: template uses 'steps', which kitgen does not provide"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTemplates")
    void aBrokenTemplateNamesItsFileAndLine(String name, String template, String message) throws IOException {
        template("guide.md.mustache", template);

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "md");

        assertThat(result).failedValidation().hasNoStackTrace().errContains(message);
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void anErrorInAPartialNamesThePartial() throws IOException {
        template("guide.html.mustache", "<html>\n{{> partials/header}}\n</html>\n");
        template("partials/header.mustache", "<h1>{{doc.title}}</h1>\n{{#criteria}}\n<p>{{title}}</p>\n");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "html");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/partials/header.mustache:2:1: error: template error: Failed to close 'criteria' tag");
    }

    @Test
    void aPartialThatIncludesItselfStopsWithAnError() throws IOException {
        template("guide.md.mustache", "# {{doc.title}}\n{{> partials/loop}}\n");
        template("partials/loop.mustache", "again {{> loop}}\n");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "md");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/partials/loop.mustache:1:1: error: template error: Maximum partial recursion limit reached");
    }

    @Test
    void thousandsOfNestedSectionsAreAnErrorNotAStackOverflow() throws IOException {
        template("guide.md.mustache", "{{#criteria}}" + "{{#title}}".repeat(3_000) + "x" + "{{/title}}".repeat(3_000)
                + "{{/criteria}}\n");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "md");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/guide.md.mustache:1:" + (13 + 10 * 49 + 1) + ": error: template nests sections "
                        + "or partials too deeply: more than 50 levels at this tag");
    }

    @Test
    void sectionsNestedOverTheSameListStopAtTheDocumentLimit() throws IOException {
        StringBuilder kit = new StringBuilder(KitFixtures.shippedAs("x"));
        int at = kit.indexOf("criteria:\n") + "criteria:\n".length();
        StringBuilder ids = new StringBuilder("ml-fundamentals, problem-framing");
        for (int i = 0; i < 190; i++) {
            kit.insert(at, "  - {id: extra-" + i + ", title: Extra criterion " + i + "}\n");
            ids.append(", extra-").append(i);
        }
        String stageLinks = "\n    assesses: [ml-fundamentals, problem-framing]";
        int assesses = kit.indexOf(stageLinks);
        kit.replace(assesses, assesses + stageLinks.length(), "\n    assesses: [" + ids + "]");
        KitFixtures.write(cwd, "x", "kit.yaml", kit.toString());
        template("guide.md.mustache", "{{#criteria}}{{#criteria}}{{#criteria}}{{title}}\n{{/criteria}}{{/criteria}}{{/criteria}}");

        Measured run = Measured.run(cwd, "render", "x", "--doc", "guide", "--format", "md");

        assertThat(run.result()).failedValidation().hasNoStackTrace()
                .errContains("templates/guide.md.mustache: error: template makes a document longer than 16 million characters");
        // The one document renders on this thread: about 70 bytes allocated per character written
        // up to the limit; without it, 192^3 titles would be some 140 million characters.
        assertThat(run.allocatedBytes()).as("bytes allocated")
                .isLessThan(128L * Templates.MAX_DOCUMENT_CHARS);
        assertThat(cwd.resolve("out")).doesNotExist();
        System.out.println("nested sections: " + run);
    }

    /**
     * 13 partials that each include the next ten times, writing nothing: 10^12 inclusions. Each
     * partial compiled anew wherever it was included, this ran for 30 s and grew to 2.2 GB before it
     * was killed; now each is compiled once, and running them stops at the limit on steps.
     */
    @Test
    void partialsThatEachIncludeTheNextTenTimesStopAtTheWorkLimit() throws IOException {
        template("guide.md.mustache", "# {{doc.title}}\n{{> partials/p0}}\n");
        for (int i = 0; i < 12; i++) template("partials/p" + i + ".mustache", ("{{> p" + (i + 1) + "}}").repeat(10));
        template("partials/p12.mustache", "");

        Measured run = Measured.run(cwd, "render", "ml-engineer", "--lang", "en", "--doc", "guide", "--format", "md");

        assertThat(run.result()).failedValidation().hasNoStackTrace()
                .errContains("templates/partials/p10.mustache:1:1: error: template takes more than 40 million steps to render");
        // About 2 MiB: running a compiled partial allocates nothing of its own.
        assertThat(run.allocatedMiB()).as("allocated MiB").isLessThan(64);
        assertThat(cwd.resolve("out")).doesNotExist();
        System.out.println("13 partials x 10 inclusions: " + run);
    }

    /** 12 sections nested over the 6 criteria of the shipped kit, writing nothing: 6^12 passes. */
    @Test
    void sectionsNestedOverTheSameListThatWriteNothingStopAtTheWorkLimit() throws IOException {
        template("guide.md.mustache", "# {{doc.title}}\n" + "{{#criteria}}\n".repeat(12) + "{{/criteria}}\n".repeat(12));

        Measured run = Measured.run(cwd, "render", "ml-engineer", "--lang", "en", "--doc", "guide", "--format", "md");

        assertThat(run.result()).failedValidation().hasNoStackTrace()
                .errContains("templates/guide.md.mustache:13:1: error: template takes more than 40 million steps to render "
                        + "(sections nested over the same lists, or partials that include partials many times?)");
        // 2 to 15 MiB (the more when this test runs first): a section's pass reuses the list of scopes.
        assertThat(run.allocatedMiB()).as("allocated MiB").isLessThan(64);
        assertThat(cwd.resolve("out")).doesNotExist();
        System.out.println("12 nested sections: " + run);
    }

    /**
     * A name looked up inside hundreds of sections is hundreds of times the work of one looked up at
     * the top, and takes as many steps: here 13 partials each nest 40 sections, and the innermost
     * looks up a name that only the document has, a thousand times in three sections nested over
     * the criteria (216 passes, each over 523 scopes).
     */
    @Test
    void namesLookedUpThroughHundredsOfSectionsStopAtTheWorkLimit() throws IOException {
        template("guide.md.mustache", "# {{doc.title}}\n{{> partials/p0}}\n");
        for (int i = 0; i < 13; i++) {
            String inside = i < 12 ? "{{> p" + (i + 1) + "}}"
                    : "{{#criteria}}".repeat(3) + "{{doc.anchor}}".repeat(1_000) + "{{/criteria}}".repeat(3);
            template("partials/p" + i + ".mustache", "{{#doc}}".repeat(40) + inside + "{{/doc}}".repeat(40));
        }

        Measured run = Measured.run(cwd, "render", "ml-engineer", "--lang", "en", "--doc", "guide", "--format", "md");

        assertThat(run.result()).failedValidation().hasNoStackTrace()
                .errContains("templates/partials/p12.mustache:1:1: error: template takes more than 40 million steps");
        // About 1 GiB: mustache.java allocates a little for each scope it looks a dotted name up through.
        assertThat(run.allocatedMiB()).as("allocated MiB").isLessThan(2_048);
        assertThat(cwd.resolve("out")).doesNotExist();
        System.out.println("lookups through 520 sections: " + run);
    }

    /**
     * 13 partials that each include the next ten times, in a section that never runs: compiling
     * each partial anew wherever it was included made 10^12 copies (30 s, 2.2 GB, then killed).
     */
    @Test
    void aPartialIncludedManyTimesIsCompiledOnce() throws IOException {
        template("guide.md.mustache", "# {{doc.title}}\n{{^summary}}{{> partials/p0}}{{/summary}}\n");
        for (int i = 0; i < 12; i++) template("partials/p" + i + ".mustache", ("{{> p" + (i + 1) + "}}").repeat(10));
        template("partials/p12.mustache", "{{doc.title}}");

        Measured run = Measured.run(cwd, "render", "ml-engineer", "--lang", "en", "--doc", "guide", "--format", "md");

        assertThat(run.result()).succeeded().hasNoStackTrace();
        assertThat(cwd.resolve("out/ml-engineer/en/guide.md")).content().isEqualTo("# Interviewer guide: Machine Learning Engineer\n\n");
        // 2 to 15 MiB (the more when this test runs first), most of it loading the kit.
        assertThat(run.allocatedMiB()).as("allocated MiB").isLessThan(64);
        System.out.println("13 partials x 10 inclusions, compiled: " + run);
    }

    @Test
    void templateInheritanceIsRefusedAtItsTag() throws IOException {
        template("guide.md.mustache", "# {{doc.title}}\n\n{{<partials/base}}{{$body}}x{{/body}}{{/partials/base}}\n");
        template("partials/base.mustache", "{{$body}}default{{/body}}\n");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "md");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/guide.md.mustache:3:1: error: template error: '{{<partials/base}}' (template "
                        + "inheritance) is not supported; include a partial with {{> partials/base}}");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{{>*criteria}}", "{{#criteria}}{{>*title}}{{/criteria}}", "{{> *doc.title}}"})
    void aDynamicPartialIsRefusedAtItsTag(String tag) throws IOException {
        template("guide.md.mustache", "# {{doc.title}}\n\n" + tag + "\n");
        template("partials/x.mustache", "never included\n");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "md");

        String name = tag.substring(tag.indexOf('*') + 1, tag.indexOf("}}", tag.indexOf('*')));
        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/guide.md.mustache:3:", "error: template error: '{{>*" + name + "}}' (a dynamic "
                        + "partial) is not supported: it would take the partial's name from the view")
                .errContains("1 error");
        assertThat(result.err()).doesNotContain("internal error");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    static Stream<Arguments> notUtf8() {
        return Stream.of(
                arguments("a Latin-1 template", "guide.md.mustache", "# {{doc.title}}\n\nCaf\u00e9 {{summary}}\n".getBytes(StandardCharsets.ISO_8859_1),
                        "templates/guide.md.mustache:3:4: error: template is not valid UTF-8 (byte at this place); save the file as UTF-8"),
                arguments("a Latin-1 partial", "partials/guide-body.md.mustache", "# {{doc.title}}\n\u00a9 2024\n".getBytes(StandardCharsets.ISO_8859_1),
                        "templates/partials/guide-body.md.mustache:2:1: error: template is not valid UTF-8"),
                arguments("a binary file", "guide.md.mustache", new byte[] {'{', '{', 0x00, (byte) 0xFF, (byte) 0xFE, '\n', (byte) 0x89, 'P', 'N', 'G'},
                        "templates/guide.md.mustache:1:4: error: template is not valid UTF-8"),
                arguments("a UTF-16 template", "guide.md.mustache", "# {{doc.title}}\n".getBytes(StandardCharsets.UTF_16),
                        "templates/guide.md.mustache:1:1: error: template is not valid UTF-8 (byte at this place)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notUtf8")
    void aTemplateThatIsNotUtf8NamesItsFileAndTheByte(String name, String file, byte[] bytes, String message) throws IOException {
        Path path = cwd.resolve("templates").resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "md");

        assertThat(result).failedValidation().hasNoStackTrace().errContains(message);
        assertThat(result.err()).doesNotContain("internal error", "MalformedInput");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void aTemplateOfMoreThanOneMebibyteIsNotRead() throws IOException {
        template("guide.md.mustache", "# {{doc.title}}\n" + "text\n".repeat(300_000));

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "md");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/guide.md.mustache: error: template is larger than 1 MiB");
    }

    @Test
    void aUserTemplateOverridesOneFormatAndTheRestFallBack() throws IOException {
        template("guide.md.mustache", "# {{doc.title}}\n\n{{summary}}\n");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--doc", "guide");

        assertThat(result).succeeded().hasNoStackTrace();
        assertThat(cwd.resolve("out/ml-engineer/en/guide.md")).content().startsWith("# Interviewer guide")
                .doesNotContain("## ");
        assertThat(cwd.resolve("out/ml-engineer/en/guide.html")).content().contains("<h2>What to look for</h2>");
    }

    @Test
    void mustacheTagsInKitTextAreNotEvaluated() throws IOException {
        KitFixtures.write(cwd, "x", "kit.yaml", KitFixtures.shippedAs("x")
                .replace("role: Machine Learning Engineer", "role: \"{{doc.generator}} {{> partials/style}} {{#criteria}}\""));

        CommandResult result = Kitgen.run(cwd, "render", "x", "--doc", "guide");

        assertThat(result).succeeded().hasNoStackTrace();
        assertThat(cwd.resolve("out/x/en/guide.html")).content().contains("{{doc.generator}} {{&gt; partials/style}} {{#criteria}}");
        assertThat(cwd.resolve("out/x/en/guide.md")).content().contains("{{doc.generator}} {{\\> partials/style}} {{#criteria}}");
    }

    private void template(String name, String text) throws IOException {
        Path file = cwd.resolve("templates").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
