package dev.kitgen.render;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escaped text must read back as exactly the characters written, wherever a template puts it. Markdown
 * is checked by parsing it as GitHub does (CommonMark with GFM tables), HTML by parsing it as a browser does.
 */
class EscapingTest {

    static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    static Stream<String> nastyTexts() {
        return Stream.of(
                "<script>alert(1)</script>",
                "\"><script>alert(1)</script>",
                "<b>bold</b> <img src=x onerror=alert(1)>",
                "<!-- comment -->",
                "# heading",
                "## heading #",
                "Rating #",
                "C# and F#",
                "| a | b |",
                "a | b",
                "*star* _under_ **strong** __strong__",
                "[link](https://example.com) ![img](x.png) [ref]",
                "`code` ``more``",
                "~~struck~~",
                "- bullet",
                "+ bullet",
                "* bullet",
                "1. ordered",
                "2) ordered",
                "> quote",
                "=== setext",
                "---",
                "***",
                "& &amp; &#60; &lt;",
                "back\\slash \\* \\",
                "!bang",
                "- [ ] task",
                "https://example.com <https://example.com>",
                "tab\tseparated",
                "plain text, nothing to escape");
    }

    // ---- Markdown --------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("nastyTexts")
    void markdownParagraphReadsBackAsTheSameText(String text) {
        Node doc = MARKDOWN.parse(Escaping.markdown(text) + "\n");

        assertThat(doc.getFirstChild()).isInstanceOf(Paragraph.class);
        assertThat(doc.getFirstChild().getNext()).as("one block only").isNull();
        assertThat(textOf(doc)).isEqualTo(normalized(text));
    }

    @ParameterizedTest
    @MethodSource("nastyTexts")
    void markdownHeadingReadsBackAsTheSameText(String text) {
        Node doc = MARKDOWN.parse("## " + Escaping.markdown(text) + "\n");

        assertThat(doc.getFirstChild()).isInstanceOf(Heading.class);
        assertThat(doc.getFirstChild().getNext()).isNull();
        assertThat(textOf(doc)).isEqualTo(normalized(text));
    }

    @ParameterizedTest
    @MethodSource("nastyTexts")
    void markdownListItemAndStrongReadBackAsTheSameText(String text) {
        Node doc = MARKDOWN.parse("- **" + Escaping.markdown(text) + "** — " + Escaping.markdown(text) + "\n");

        assertThat(textOf(doc)).isEqualTo(normalized(text) + " — " + normalized(text));
    }

    @ParameterizedTest
    @MethodSource("nastyTexts")
    void markdownTableCellStaysOneCell(String text) {
        String table = "| a | b |\n| --- | --- |\n| " + Escaping.markdown(text) + " | end |\n";

        Node doc = MARKDOWN.parse(table);

        List<TableRow> rows = collect(doc, TableRow.class);
        assertThat(rows).hasSize(2);
        List<TableCell> cells = collect(rows.get(1), TableCell.class);
        assertThat(cells).hasSize(2);
        assertThat(textOf(cells.get(0))).isEqualTo(normalized(text));
        assertThat(textOf(cells.get(1))).isEqualTo("end");
    }

    @Test
    void markdownTurnsLineBreaksIntoSpacesSoTextCannotStartALine() {
        assertThat(Escaping.markdown("one\n# two\r\n\r\n- three")).isEqualTo("one # two - three");
        assertThat(Escaping.markdown("  padded  ")).isEqualTo("padded");
    }

    @Test
    void markdownEscapesOnlyTheHashesThatWouldCloseAHeading() {
        assertThat(Escaping.markdown("Rating ##")).isEqualTo("Rating \\##");
        assertThat(Escaping.markdown("C# and F#")).isEqualTo("C# and F#");
        assertThat(Escaping.markdown("issue #5")).isEqualTo("issue #5");
    }

    @Test
    void markdownLeavesOrdinaryProseReadableRaw() {
        assertThat(Escaping.markdown("Ask about a model that underperformed, and why (if at all)."))
                .isEqualTo("Ask about a model that underperformed, and why (if at all).");
        assertThat(Escaping.markdown("98% accuracy; end-to-end; A/B test: 2 points"))
                .isEqualTo("98% accuracy; end-to-end; A/B test: 2 points");
    }

    // ---- HTML ------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("nastyTexts")
    void htmlTextReadsBackAsTheSameTextWithNoElements(String text) {
        Document doc = Jsoup.parseBodyFragment("<p>" + Escaping.html(text) + "</p>");

        Element p = doc.body().child(0);
        assertThat(doc.body().children()).hasSize(1);
        assertThat(p.children()).as("elements inside the text").isEmpty();
        assertThat(p.wholeText()).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("nastyTexts")
    void htmlAttributeReadsBackAsTheSameValue(String text) {
        Document doc = Jsoup.parse("<meta name=\"description\" content=\"" + Escaping.html(text) + "\" />"
                + "<meta name='x' content='" + Escaping.html(text) + "' />");

        assertThat(doc.select("meta")).hasSize(2).allSatisfy(meta -> assertThat(meta.attr("content")).isEqualTo(text));
    }

    @Test
    void htmlEscapesTheFiveSpecialCharacters() {
        assertThat(Escaping.html("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    @Test
    void htmlDropsControlCharactersThatXhtmlForbidsButKeepsLineBreaksAndTabs() {
        assertThat(Escaping.html("a\u0000b\u0007c\td\ne\r\n")).isEqualTo("abc\td\ne\r\n");
    }

    @Test
    void htmlLeavesLettersOfEveryLanguageAlone() {
        assertThat(Escaping.html("Señales de alerta — «drift» ✓ 日本語")).isEqualTo("Señales de alerta — «drift» ✓ 日本語");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** What a reader sees: text on one line, a tab as a space. */
    private static String normalized(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ").replace('\t', ' ');
    }

    /** The text a reader sees, failing if any raw HTML survived as HTML. */
    static String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                throw new AssertionError("text became inline code: `" + code.getLiteral() + "`");
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HtmlInline html) {
                throw new AssertionError("raw HTML survived in Markdown: " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                throw new AssertionError("raw HTML survived in Markdown: " + html.getLiteral());
            }
        });
        return out.toString();
    }

    static <T extends Node> List<T> collect(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            if (type.isInstance(n)) found.add(type.cast(n));
            found.addAll(collect(n, type));
        }
        return found;
    }
}
