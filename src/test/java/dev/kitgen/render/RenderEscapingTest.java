package dev.kitgen.render;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.Project;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static dev.kitgen.render.EscapingTest.MARKDOWN;
import static dev.kitgen.render.EscapingTest.collect;
import static dev.kitgen.render.EscapingTest.textOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the kit {@code nasty} (the golden case escaping-en), whose every text is markup or
 * Markdown structure, and reads the documents back as a browser and as GitHub would: the text
 * shows as written and the document keeps the template's structure.
 */
class RenderEscapingTest {

    static final String ROLE = "\"><script>alert(1)</script> Engineer";
    static final String STAGE = "<i>Screen</i> & review";
    static final String PIPES = "| splits | no | cells |";
    static final String HEADING = "## not a heading either #";

    /** Every element the built-in templates write; anything else came from a kit. */
    static final Set<String> TEMPLATE_ELEMENTS = Set.of("#root", "html", "head", "meta", "title", "style", "body", "header",
            "main", "footer", "section", "h1", "h2", "h3", "h4", "p", "br", "strong", "em", "span", "div", "ul", "ol",
            "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "nav", "a", "article", "abbr");

    @TempDir
    static Path cwd;

    static Path out;

    @BeforeAll
    static void render() {
        Folders.copy(Project.testResource("golden/escaping-en/kits"), cwd.resolve("kits"));
        CommandResult result = Kitgen.run(cwd, "render", "nasty");
        assertThat(result).succeeded().errIsEmpty();
        out = cwd.resolve("out/nasty/en");
    }

    private static Document html(String name) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(name)));
    }

    private static Node markdown(String name) throws IOException {
        return MARKDOWN.parse(Files.readString(out.resolve(name)));
    }

    @Test
    void htmlHasOnlyTheTemplatesElementsAndNoComments() throws IOException {
        for (String name : List.of("guide.html", "scorecard-screen.html", "packet.html")) {
            Document doc = html(name);

            assertThat(doc.getAllElements()).as(name).allSatisfy(e -> {
                assertThat(e.tagName()).as(name + ": element from kit text").isIn(TEMPLATE_ELEMENTS);
                assertThat(e.attributes().asList()).as(name + ": attributes of <" + e.tagName() + ">")
                        .noneMatch(a -> a.getKey().startsWith("on") || a.getKey().equals("src"));
            });
            List<String> comments = new ArrayList<>();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Comment c) comments.add(c.getData());
            }, doc);
            assertThat(comments).as(name + ": comments").isEmpty();
            assertThat(doc.select("a")).as(name + ": links").allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        }
        assertThat(html("guide.html").select("h1")).hasSize(1);
        assertThat(html("packet.html").select("nav a").eachText()).containsExactly(
                "Interviewer guide: " + ROLE, "Scorecard: " + STAGE + " (" + ROLE + ")");
    }

    @Test
    void markdownPacketKeepsOneTitlePerPartAndNoRawHtml() throws IOException {
        Node packet = markdown("packet.md");

        // One top-level heading, the packet's; each part is one level down (markdownlint's MD025).
        assertThat(headings(packet)).filteredOn(h -> h.startsWith("1 ")).containsExactly("1 Hiring packet: " + ROLE);
        assertThat(headings(packet)).filteredOn(h -> h.startsWith("2 ")).contains(
                "2 Interviewer guide: " + ROLE,
                "2 Scorecard: " + STAGE + " (" + ROLE + ")");
    }

    @Test
    void htmlShowsKitTextAsWritten() throws IOException {
        Document guide = html("guide.html");

        assertThat(guide.title()).isEqualTo("Interviewer guide: " + ROLE);
        assertThat(guide.selectFirst("meta[name=description]").attr("content")).isEqualTo("Interview kit for " + ROLE);
        assertThat(guide.selectFirst("h1").text()).isEqualTo("Interviewer guide: " + ROLE);
        assertThat(guide.selectFirst("#criterion-pipes strong").text()).isEqualTo(PIPES);
        assertThat(guide.selectFirst("#criterion-heading strong").text()).isEqualTo(HEADING);
        assertThat(guide.selectFirst("#stage-screen h3").text()).isEqualTo("1. " + STAGE);
        assertThat(guide.selectFirst("#stage-screen .listen").text())
                .isEqualTo("Listen for: </span></li></ol><h1>escaped</h1>");
        assertThat(guide.selectFirst(".lead").text()).isEqualTo("# Not a heading | not a cell <b>not bold</b> not a link (javascript:alert(1)) "
                + "<a href=\"https://example.com\">not an element</a> \\ backslash");
        assertThat(guide.selectFirst("#criterion-pipes .detail").text()).isEqualTo("#### not a heading in a detail");
        assertThat(guide.selectFirst("#red-flags li").text())
                .startsWith("- [ ] not a checkbox <script>alert(2)</script>");

        Document scorecard = html("scorecard-screen.html");
        assertThat(scorecard.select("#criterion-pipes tbody td:eq(2)").eachText()).containsExactly(
                "<img src=x onerror=alert(1)>", "~~~ not a fence", "> not a quote", "<!-- not a comment --> ~~not struck~~");
    }

    @Test
    void markdownGuideKeepsTheTemplatesHeadingsAndTables() throws IOException {
        Node guide = markdown("guide.md");

        assertThat(headings(guide)).containsExactly(
                "1 Interviewer guide: " + ROLE,
                "2 What to look for",
                "2 The hiring process",
                "3 1. " + STAGE,
                "4 Questions",
                "2 Interview tips",
                "2 Red flags",
                "2 Coverage",
                "2 Rating scale");
        List<TableRow> rows = collect(guide, TableRow.class);
        assertThat(rows).as("coverage: header and two criteria; scale: header and four ratings").hasSize(8);
        assertThat(rows).allSatisfy(row -> assertThat(collect(row, TableCell.class)).hasSize(2));
        assertThat(textOf(rows.get(1))).isEqualTo(PIPES + "✓");
        assertThat(textOf(guide)).contains(
                "# Not a heading | not a cell <b>not bold</b> not a link (javascript:alert(1)) <a href=\"https://example.com\">not an element</a>"
                        + " \\ backslash",
                "**Lead** [x] *not emphasis* _nor this_ [not a link](https://example.com) & &amp; &#60;script&#62; `not code`",
                "#### not a heading in a detail",
                "Two lines # the second would be a heading on its own",
                "1. not a list item + not a list | nor a cell",
                "=== not a setext underline",
                "- [ ] not a checkbox <script>alert(2)</script>");
    }

    @Test
    void markdownScorecardKeepsOneHeadingPerCriterionAndThreeCellsPerAnchor() throws IOException {
        Node scorecard = markdown("scorecard-screen.md");

        assertThat(headings(scorecard)).startsWith(
                "1 Scorecard: " + STAGE + " (" + ROLE + ")",
                "2 Questions",
                "2 " + PIPES + " (weight ×3)",
                "2 " + HEADING);
        List<TableRow> rows = collect(scorecard, TableRow.class);
        List<String> anchors = rows.stream()
                .map(row -> collect(row, TableCell.class))
                .filter(cells -> cells.size() == 3 && textOf(cells.get(0)).startsWith("☐ "))
                .map(cells -> textOf(cells.get(2)))
                .toList();
        assertThat(anchors).startsWith(
                "<img src=x onerror=alert(1)>", "~~~ not a fence", "> not a quote", "<!-- not a comment --> ~~not struck~~");
    }

    private static List<String> headings(Node doc) {
        return collect(doc, Heading.class).stream().map(h -> h.getLevel() + " " + textOf(h)).toList();
    }
}
