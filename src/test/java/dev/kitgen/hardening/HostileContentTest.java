package dev.kitgen.hardening;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Hostile text in every text field of a kit and of its translation, rendered in every document
 * and format. The markup of each output must be exactly that of the same kit with harmless text
 * (the payload changes no element, attribute, heading, list or table), and the payload's letters
 * must arrive intact.
 */
class HostileContentTest {

    @TempDir
    Path cwd;

    static Stream<Arguments> payloads() {
        return Stream.of(
                arguments("HTML", "<b>bold</b> <img src=x onerror=alert(1)> <a href=\"http://127.0.0.1/\">link</a>"),
                arguments("JavaScript", "<script>alert('x')</script> \"><svg onload=alert(1)> ' onmouseover='alert(1) javascript:alert(1)"),
                arguments("an HTML comment and CDATA", "<!-- hidden --> <![CDATA[ x ]]> </p></td></tr></table></body>"),
                arguments("Markdown structure", "# heading\n\n| a | b |\n| --- | --- |\n- item\n1. first\n---\n```\ncode\n```\n> quote"),
                arguments("Markdown inline", "[link](javascript:alert(1)) ![img](http://127.0.0.1/x.png) **bold** _em_ `code` ~~del~~ <http://127.0.0.1/> &amp; &#60;"),
                arguments("Markdown at the start", "1. numbered"),
                arguments("a heading marker at the start", "## not a heading"),
                arguments("a table in one field", "| cell | cell |"),
                arguments("CSS", "url(http://127.0.0.1/x.png) @import url(http://127.0.0.1/x.css); </style><style>body{background:url(http://127.0.0.1/)}</style>"),
                arguments("Mustache", "{{doc.title}} {{{summary}}} {{> partials/style}}"),
                arguments("a 5,000-character word", "w".repeat(5_000)),
                arguments("emoji", "Great hire 👩🏽‍💻🚀 — ✓ ✗ 🇪🇸"),
                arguments("Greek, Cyrillic and CJK", "Ελληνικά Русский язык 中文 日本語のテキスト 한국어"),
                arguments("right-to-left text", "עברית العربية \u202Ereversed\u202C mixed 123"),
                arguments("control characters", "bell\u0007 escape\u001B[31m nul\u0000 end"),
                arguments("characters XML forbids", "non\uFFFEcharacter \uFFFF half \uD800 pair \uDC00 end"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void hostileTextIsEscapedInEveryFieldDocumentAndFormat(String name, String payload) {
        Path harmless = cwd.resolve("harmless");
        Path hostile = cwd.resolve("hostile");
        writeKit(harmless, field -> "Text of " + field);
        writeKit(hostile, field -> payload + " " + field);

        CommandResult plain = Kitgen.run(cwd, "render", "role", "--kits", "harmless/kits", "--out", "harmless/out");
        CommandResult bad = Kitgen.run(cwd, "render", "role", "--kits", "hostile/kits", "--out", "hostile/out");

        assertThat(plain).succeeded().hasNoStackTrace();
        assertThat(bad).succeeded().hasNoStackTrace();
        Map<String, String> expected = Folders.snapshot(harmless.resolve("out")).assertNoTemporaryFile().texts();
        Map<String, String> actual = Folders.snapshot(hostile.resolve("out")).assertNoTemporaryFile().texts();
        assertThat(actual.keySet()).isEqualTo(expected.keySet()).hasSize(2 * 2 * 5);
        actual.forEach((file, text) -> {
            assertThat(text).as(file + ": no control characters").doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
            if (file.endsWith(".html")) {
                assertThat(htmlMarkup(text)).as(file + ": elements and attributes").isEqualTo(htmlMarkup(expected.get(file)));
            } else {
                assertThat(markdownMarkup(text)).as(file + ": Markdown structure").isEqualTo(markdownMarkup(expected.get(file)));
            }
        });
        String guide = actual.get("role/es/guide.html");
        for (String letters : lettersOf(payload)) {
            assertThat(guide).as("the payload's words arrive intact").contains(letters);
        }
        assertThat(guide).as("no character XML forbids").doesNotContainPattern("[\\x{FFFE}\\x{FFFF}]")
                .matches(text -> text.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), "no half surrogate pair");
    }

    /** The PDF renderer parses the page as XHTML: hostile text must not break it (its letters are the PDF tests' concern). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void hostileTextRendersToPdf(String name, String payload) {
        writeKit(cwd, field -> payload + " " + field);

        CommandResult result = Kitgen.run(cwd, "render", "role", "--lang", "es", "--doc", "guide", "--format", "pdf");

        assertThat(result).succeeded().hasNoStackTrace();
        assertThat(cwd.resolve("out/role/es/guide.pdf")).isNotEmptyFile();
    }

    /** The tags of an HTML document with attribute values blanked: everything text cannot change. */
    static List<String> htmlMarkup(String html) {
        List<String> tags = new ArrayList<>();
        Matcher m = Pattern.compile("<[^>]*>").matcher(html);
        while (m.find()) {
            tags.add(m.group().replaceAll("=\"[^\"]*\"", "=\"\""));
        }
        return tags;
    }

    /**
     * Per line: what starts it (heading, list item, table row, quote, fence) and every character
     * that Markdown could read as markup and that is not backslash-escaped.
     */
    static List<String> markdownMarkup(String md) {
        List<String> lines = new ArrayList<>();
        for (String line : md.split("\n", -1)) {
            String unescaped = line.replaceAll("\\\\.", "x");
            Matcher start = Pattern.compile("^(\\s*)(#{1,6} |[-+*] |\\d+[.)] |\\||>|```|~~~|---|===)?").matcher(unescaped);
            start.find();
            String kind = start.group(1).length() + ":" + (start.group(2) == null ? "" : start.group(2));
            lines.add(kind + " " + unescaped.replaceAll("[^`*_\\[\\]<>|~&]", ""));
        }
        return lines;
    }

    /** Runs of letters and digits of the payload, as a reader must find them. */
    private static List<String> lettersOf(String payload) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]{3,}").matcher(payload);
        while (m.find()) words.add(m.group());
        return words;
    }

    /** A kit with every text field, and a Spanish translation of every one of them. */
    private static void writeKit(Path dir, UnaryOperator<String> text) {
        String kit = """
                kit: 1
                id: role
                lang: en
                role: %s
                summary: %s
                scale:
                  1: %s
                  2: %s
                  3: %s
                  4: %s
                criteria:
                  - id: craft
                    title: %s
                    detail: %s
                    weight: 2
                    anchors:
                      1: %s
                      4: %s
                stages:
                  - id: screen
                    title: %s
                    minutes: 45
                    run-by: %s
                    summary: %s
                    meet: %s
                    prepare: %s
                    assesses: [craft]
                    questions:
                      - id: ask
                        ask: %s
                        listen-for: %s
                        assesses: [craft]
                  - id: trial
                    kind: work-trial
                    title: %s
                    days: 2
                    window-days: 5
                    paid: true
                    assesses: [craft]
                tips:
                  - id: tip
                    text: %s
                red-flags:
                  - id: flag
                    text: %s
                    criterion: craft
                hear-back: %s
                """.formatted(quoted(text, "role", "summary", "scale.1", "scale.2", "scale.3", "scale.4",
                "criteria.craft.title", "criteria.craft.detail", "criteria.craft.anchors.1", "criteria.craft.anchors.4",
                "stages.screen.title", "stages.screen.run-by", "stages.screen.summary",
                "stages.screen.meet", "stages.screen.prepare", "stages.screen.questions.ask.ask", "stages.screen.questions.ask.listen-for", "stages.trial.title",
                "tips.tip.text", "red-flags.flag.text", "hear-back"));
        String es = """
                kit: 1
                lang: es
                role: %s
                summary: %s
                scale:
                  1: %s
                  2: %s
                  3: %s
                  4: %s
                criteria:
                  craft:
                    title: %s
                    detail: %s
                    anchors:
                      1: %s
                      4: %s
                stages:
                  screen:
                    title: %s
                    run-by: %s
                    summary: %s
                    meet: %s
                    prepare: %s
                    questions:
                      ask:
                        ask: %s
                        listen-for: %s
                  trial:
                    title: %s
                tips:
                  tip:
                    text: %s
                red-flags:
                  flag:
                    text: %s
                hear-back: %s
                """.formatted(quoted(field -> text.apply("es " + field), "role", "summary", "scale.1", "scale.2",
                "scale.3", "scale.4", "criteria.craft.title", "criteria.craft.detail", "criteria.craft.anchors.1",
                "criteria.craft.anchors.4", "stages.screen.title", "stages.screen.run-by", "stages.screen.summary",
                "stages.screen.meet", "stages.screen.prepare", "stages.screen.questions.ask.ask", "stages.screen.questions.ask.listen-for", "stages.trial.title",
                "tips.tip.text", "red-flags.flag.text", "hear-back"));
        KitFixtures.write(dir, "role", "kit.yaml", kit);
        KitFixtures.write(dir, "role", "es.yaml", es);
    }

    /** Each field's text as a YAML double-quoted string, which can hold any character. */
    private static Object[] quoted(UnaryOperator<String> text, String... fields) {
        return Stream.of(fields).map(f -> yamlQuoted(text.apply(f))).toArray();
    }

    private static String yamlQuoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0 || c == 0x2028 || c == 0x2029
                            || c >= 0xD800 && c <= 0xDFFF || c == 0xFFFE || c == 0xFFFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
