package dev.kitgen.render;

import dev.kitgen.model.RichText;
import org.commonmark.node.BulletList;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.kitgen.render.EscapingTest.MARKDOWN;
import static dev.kitgen.render.EscapingTest.collect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Markdown subset of kit texts, written in HTML and in Markdown, read back as a browser
 * (jsoup) and as GitHub (commonmark with tables) would.
 */
class RichTextWriterTest {

    static final String AGENDA = """
            What the day looks like, **in order**:

            1. Kick-off with the *team*
            2. Pairing on a ticket, using `git bisect`
               - bring a laptop
               - bring [the handbook](https://example.com/handbook)
            3. Retro, or write to <jobs@example.com>
            """;

    /** Links that must never become links, however they are spelled. */
    static final List<String> HOSTILE_LINKS = List.of(
            "[a](javascript:alert(1))",
            "[b](JaVaScRiPt:alert(1))",
            "[c](&#106;avascript:alert(1))",
            "[d](&#x6A;avascript&colon;alert(1))",
            "[e](java&#x09;script:alert(1))",
            "[f](< javascript:alert(1)>)",
            "[g](vbscript:msgbox(1))",
            "[h](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[i](file:///etc/passwd)",
            "[j](//evil.example/x)",
            "[k](<https://example.com/a b>)",
            "[l](https://exa&#10;mple.com)",
            "<javascript:alert(1)>",
            "![m](javascript:alert(1))",
            "[n][ref]\n\n[ref]: javascript:alert(1)",
            "<a href=\"javascript:alert(1)\">o</a>",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>");

    @Test
    void htmlHasRealListsEmphasisCodeAndLinks() {
        Element body = Jsoup.parseBodyFragment(RichTextWriter.html(new RichText(AGENDA), false)).body();

        assertThat(body.select("> p").eachText()).containsExactly("What the day looks like, in order:");
        assertThat(body.select("> p > strong").text()).isEqualTo("in order");
        assertThat(body.select("> ol > li")).hasSize(3);
        assertThat(body.select("> ol > li").get(1).select("> ul > li").eachText())
                .containsExactly("bring a laptop", "bring the handbook");
        assertThat(body.select("em").text()).isEqualTo("team");
        assertThat(body.select("code").text()).isEqualTo("git bisect");
        assertThat(body.select("a").eachAttr("href"))
                .containsExactly("https://example.com/handbook", "mailto:jobs@example.com");
    }

    @Test
    void oneParagraphIsAParagraphElementOnlyWhereBlocksGo() {
        assertThat(RichTextWriter.html(new RichText("Plain *text* & more"), false)).isEqualTo("Plain <em>text</em> &amp; more");
        assertThat(RichTextWriter.html(new RichText("Plain *text* & more"), true)).isEqualTo("<p>Plain <em>text</em> &amp; more</p>");
    }

    @Test
    void markdownHasRealListsAndGoesOnTheTemplatesLine() {
        String md = "- **Summary:** " + RichTextWriter.markdown(new RichText(AGENDA), "- **Summary:** ", "") + "\n";
        Node doc = MARKDOWN.parse(md);

        List<BulletList> lists = collect(doc, BulletList.class);
        assertThat(lists).as("the template's item, and the nested list of the second step").hasSize(2);
        List<ListItem> outer = collect(lists.get(0), ListItem.class);
        assertThat(textOf(outer.get(0))).startsWith("Summary: What the day looks like, in order:");
        OrderedList steps = collect(doc, OrderedList.class).get(0);
        assertThat(steps.getParent().getParent()).as("the steps are inside the template's item").isSameAs(lists.get(0));
        assertThat(collect(steps, ListItem.class)).hasSize(5);
        assertThat(collect(doc, Link.class)).extracting(Link::getDestination)
                .containsExactly("https://example.com/handbook", "mailto:jobs@example.com");
        assertThat(md).doesNotContain(" \n").contains("\n\n  1. Kick-off", "\n     - bring a laptop");
    }

    @Test
    void aListAfterATemplatesListIsAListOfItsOwn() {
        String md = "- **Duration:** 45 minutes\n\n" + RichTextWriter.markdown(new RichText("- laptop\n- ID"), "",
                "- **Duration:** 45 minutes") + "\n";
        Node doc = MARKDOWN.parse(md);

        assertThat(collect(doc, BulletList.class)).hasSize(2);
        assertThat(collect(doc, HtmlBlock.class)).extracting(HtmlBlock::getLiteral).containsExactly("<!-- -->");
    }

    @Test
    void aTableCellGetsTheTextOnOneLine() {
        String cell = RichTextWriter.markdown(new RichText("Strong answer:\n\n- names *trade-offs* | costs\n- `a|b`"),
                "| ☐ 4 | Above the bar | ", "");

        assertThat(cell).doesNotContain("\n").isEqualTo("Strong answer: • names *trade-offs* \\| costs • `a\\|b`");
        Node table = MARKDOWN.parse("| a | b | c |\n| --- | --- | --- |\n| ☐ 4 | Above the bar | " + cell + " |\n");
        assertThat(collect(table, org.commonmark.ext.gfm.tables.TableCell.class)).hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"# heading", "> quote", "```\nfence\n```", "    indented code", "---", "Title\n===",
            "| a | b |\n| --- | --- |\n| c | d |", "<div>block</div>", "<!-- comment -->"})
    void markdownOutsideTheSubsetStaysText(String text) {
        String html = RichTextWriter.html(new RichText(text), false);
        String md = RichTextWriter.markdown(new RichText(text), "", "");

        assertThat(Jsoup.parseBodyFragment(html).body().children()).allSatisfy(e -> assertThat(e.tagName()).isIn("p", "code"));
        Node doc = MARKDOWN.parse(md + "\n");
        assertThat(collect(doc, org.commonmark.node.Heading.class)).isEmpty();
        assertThat(collect(doc, org.commonmark.node.BlockQuote.class)).isEmpty();
        assertThat(collect(doc, org.commonmark.node.FencedCodeBlock.class)).isEmpty();
        assertThat(collect(doc, org.commonmark.node.IndentedCodeBlock.class)).isEmpty();
        assertThat(collect(doc, org.commonmark.node.ThematicBreak.class)).isEmpty();
        assertThat(collect(doc, HtmlBlock.class)).isEmpty();
        assertThat(collect(doc, HtmlInline.class)).isEmpty();
    }

    @Test
    void hostileLinksAreTextInHtmlAndMarkdown() {
        for (String link : HOSTILE_LINKS) {
            String text = "See " + link + " now";
            Element body = Jsoup.parseBodyFragment(RichTextWriter.html(new RichText(text), false)).body();
            assertThat(body.select("*").not("body")).as(link + " in HTML").allSatisfy(e -> assertThat(e.tagName()).isEqualTo("p"));
            assertThat(body.text()).as(link + " in HTML").startsWith("See ").endsWith(" now");

            Node doc = MARKDOWN.parse(RichTextWriter.markdown(new RichText(text), "", "") + "\n");
            assertThat(collect(doc, Link.class)).as(link + " in Markdown").isEmpty();
            assertThat(collect(doc, org.commonmark.node.Image.class)).as(link + " in Markdown").isEmpty();
            assertThat(collect(doc, HtmlInline.class)).as(link + " in Markdown").isEmpty();
        }
    }

    /** The text a reader sees: text and code, without the markup. */
    private static String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                out.append(code.getLiteral());
            }
        });
        return out.toString();
    }

    @Test
    void aLinkThatIsTextShowsItsAddress() {
        assertThat(RichTextWriter.html(new RichText("[click](javascript:alert(1))"), false)).isEqualTo("click (javascript:alert(1))");
    }

    @Test
    void anImageBecomesALinkToIt() {
        Element body = Jsoup.parseBodyFragment(RichTextWriter.html(new RichText("![the diagram](https://example.com/d.png)"), false)).body();

        assertThat(body.select("img")).isEmpty();
        assertThat(body.select("a").attr("href")).isEqualTo("https://example.com/d.png");
        assertThat(body.text()).isEqualTo("the diagram");
    }

    @Test
    void anAddressThatWouldEndALinkEarlyIsEncodedInMarkdown() {
        String md = RichTextWriter.markdown(new RichText("[wiki](https://en.wikipedia.org/wiki/Go_(game)) | x"), "| ", "");
        Node doc = MARKDOWN.parse("| a |\n| --- |\n| " + md + " |\n");

        assertThat(collect(doc, Link.class)).extracting(Link::getDestination)
                .containsExactly("https://en.wikipedia.org/wiki/Go_%28game%29");
        assertThat(collect(doc, org.commonmark.ext.gfm.tables.TableCell.class)).hasSize(2);
    }

    @Test
    void listsNestedDeeperThanTheLimitAreText() {
        StringBuilder text = new StringBuilder();
        for (int depth = 0; depth < 500; depth++) text.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');

        String html = RichTextWriter.html(new RichText(text.toString()), false);

        int deepest = 0;
        for (Element ul : Jsoup.parseBodyFragment(html).select("ul")) deepest = Math.max(deepest, ul.parents().size());
        assertThat(deepest).isLessThan(2 * RichText.MAX_LIST_DEPTH + 3);
        assertThat(html).contains("level 499");
    }
}
