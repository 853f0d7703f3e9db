package dev.kitgen.hardening;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** The texts that take kitgen's Markdown subset; the others are plain text. */
    static final Set<String> MARKDOWN_FIELDS = Set.of("summary", "criteria.craft.detail", "criteria.craft.anchors.1",
            "criteria.craft.anchors.4", "stages.screen.summary", "stages.screen.questions.ask.listen-for", "tips.tip.text",
            "stages.screen.meet", "stages.screen.prepare", "hear-back");

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void hostileTextIsEscapedInEveryPlainFieldDocumentAndFormat(String name, String payload) {
        Map<String, String> expected = render("harmless", field -> "Text of " + field);
        Map<String, String> actual = render("hostile", field -> markdownField(field) ? "Text of " + field : payload + " " + field);

        actual.forEach((file, text) -> {
            assertThat(text).as(file + ": no control characters").doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
            if (file.endsWith(".html")) {
                assertThat(htmlMarkup(text)).as(file + ": elements and attributes").isEqualTo(htmlMarkup(expected.get(file)));
            } else {
                assertThat(markdownMarkup(text)).as(file + ": Markdown structure").isEqualTo(markdownMarkup(expected.get(file)));
            }
        });
        assertArrivesIntact(payload, actual.get("role/es/guide.html"));
    }

    /**
     * In the texts that take Markdown, the payload may make the subset's markup (paragraphs,
     * lists, emphasis, code, links to http, https and mailto) and nothing else: every other
     * element, attribute, heading, table, quote, fence and HTML is as with harmless text.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void hostileTextInMarkdownFieldsMakesOnlyTheSubsetsMarkup(String name, String payload) {
        Map<String, String> expected = render("harmless", field -> "Text of " + field);
        Map<String, String> actual = render("hostile", field -> markdownField(field) ? payload + " " + field : "Text of " + field);

        actual.forEach((file, text) -> {
            assertThat(text).as(file + ": no control characters").doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
            if (file.endsWith(".html")) {
                assertThat(withoutSubset(htmlMarkup(text))).as(file + ": elements and attributes besides the subset's")
                        .isEqualTo(withoutSubset(htmlMarkup(expected.get(file))));
                assertThat(Jsoup.parse(text).select("a[href]")).as(file + ": links").allSatisfy(a ->
                        assertThat(a.attr("href")).matches("#.*|(?i)(https?://|mailto:)\\S+"));
            } else {
                assertThat(markdownBlocks(text)).as(file + ": Markdown structure besides the subset's")
                        .isEqualTo(markdownBlocks(expected.get(file)));
            }
        });
        assertArrivesIntact(payload, actual.get("role/es/guide.html"));
    }

    private static boolean markdownField(String field) {
        return MARKDOWN_FIELDS.contains(field.startsWith("es ") ? field.substring(3) : field);
    }

    /** Renders the kit with {@code text} in each field into {@code folder}/out: every file's text. */
    private Map<String, String> render(String folder, UnaryOperator<String> text) {
        Path dir = cwd.resolve(folder);
        writeKit(dir, text);
        CommandResult result = Kitgen.run(cwd, "render", "role", "--kits", folder + "/kits", "--out", folder + "/out");
        assertThat(result).succeeded().hasNoStackTrace();
        Map<String, String> texts = Folders.snapshot(dir.resolve("out")).assertNoTemporaryFile().texts();
        assertThat(texts).hasSize(2 * 2 * 5);
        return texts;
    }

    private static void assertArrivesIntact(String payload, String guide) {
        for (String letters : lettersOf(payload)) {
            assertThat(guide).as("the payload's words arrive intact").contains(letters);
        }
        assertThat(guide).as("no character XML forbids").doesNotContainPattern("[\\x{FFFE}\\x{FFFF}]")
                .matches(text -> text.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), "no half surrogate pair");
    }

    /** The tags of the Markdown subset, as kitgen writes them, taken out of a list of tags. */
    private static List<String> withoutSubset(List<String> tags) {
        return tags.stream().filter(t -> !t.matches("</?(p|ul|li|em|strong|code|a)>|<ol( start=\"\")?>|</ol>|<a href=\"\">|<br />"))
                .toList();
    }

    private static int cells(TableRow row) {
        int n = 0;
        for (org.commonmark.node.Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) n++;
        }
        return n;
    }

    /**
     * The blocks and inlines of a Markdown document that are not the subset's: headings by level,
     * tables by their rows' cells, quotes, fences, rules, HTML (but the comment that ends a
     * template's list), images, and links anywhere but an anchor, http, https or mailto.
     */
    static List<String> markdownBlocks(String md) {
        List<String> found = new ArrayList<>();
        MARKDOWN.parse(md).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                found.add("h" + h.getLevel());
                visitChildren(h);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow row) found.add("row " + cells(row));
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock node) {
                found.add(node.getClass().getSimpleName());
                visitChildren(node);
            }

            @Override
            public void visit(org.commonmark.node.BlockQuote q) {
                found.add("quote");
                visitChildren(q);
            }

            @Override
            public void visit(org.commonmark.node.FencedCodeBlock f) {
                found.add("fence");
            }

            @Override
            public void visit(org.commonmark.node.IndentedCodeBlock f) {
                found.add("indented code");
            }

            @Override
            public void visit(org.commonmark.node.ThematicBreak t) {
                found.add("rule");
            }

            @Override
            public void visit(org.commonmark.node.HtmlBlock h) {
                if (!h.getLiteral().strip().equals("<!-- -->")) found.add("html " + h.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.HtmlInline h) {
                found.add("html " + h.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Image i) {
                found.add("image " + i.getDestination());
            }

            @Override
            public void visit(org.commonmark.node.Link l) {
                if (!l.getDestination().matches("#.*|(?i)(https?://|mailto:)\\S+")) found.add("link " + l.getDestination());
                visitChildren(l);
            }
        });
        return found;
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
