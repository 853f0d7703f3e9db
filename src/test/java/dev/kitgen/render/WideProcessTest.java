package dev.kitgen.render;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.kitgen.render.EscapingTest.MARKDOWN;
import static dev.kitgen.render.EscapingTest.collect;
import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Processes of many stages: the coverage table shows every stage and every criterion in every
 * format and on both papers; a criterion without anchors gets a compact rating row; stages of
 * one title keep their own anchors.
 */
class WideProcessTest {

    @TempDir
    Path cwd;

    /** A kit of {@code stages} stages and 7 criteria; stage s assesses criteria s mod 7 and (s + 3) mod 7. */
    static String kit(String id, int stages) {
        StringBuilder kit = new StringBuilder("kit: 1\nid: " + id + "\nlang: en\nrole: Wide Engineer\nsummary: Many steps.\n"
                + "criteria:\n");
        for (int c = 0; c < 7; c++) {
            kit.append("  - id: c").append(c).append("\n    title: Criterion title ").append(c)
                    .append(c == 6 ? " Pneumonoultramicroscopicsilicovolcanoconiosis-and-then-some-more-letters" : "")
                    .append('\n');
            if (c % 2 == 0) kit.append("    anchors:\n      1: Weak answer ").append(c).append("\n      4: Strong answer ").append(c).append('\n');
        }
        kit.append("stages:\n");
        for (int s = 0; s < stages; s++) {
            kit.append("  - id: s").append(s).append("\n    title: Stage title ").append(s).append(" with a longer name\n")
                    .append("    minutes: 45\n    assesses: [c").append(s % 7).append(", c").append((s + 3) % 7).append("]\n");
        }
        return kit.toString();
    }

    @ParameterizedTest(name = "{0} stages on {1}")
    @CsvSource({"8, a4", "10, letter", "12, a4", "12, letter", "50, a4"})
    void thePdfGuideHasEveryStageAndEveryCriterion(int stages, String paper) throws IOException {
        KitFixtures.write(cwd, "wide", "kit.yaml", kit("wide", stages));

        CommandResult result = Kitgen.run(cwd, "render", "wide", "--doc", "guide", "--format", "pdf", "--paper", paper);

        assertThat(result).succeeded().errIsEmpty();
        String text = pdfText(cwd.resolve("out/wide/en/guide.pdf"));
        String flat = text.replaceAll("\\s+", " ");
        for (int s = 0; s < stages; s++) assertThat(flat).contains("Stage title " + s + " with a longer name");
        for (int c = 0; c < 7; c++) assertThat(flat).contains("Criterion title " + c);
        assertThat(text.replaceAll("[\\s\\u00AD-]", "")).contains("Pneumonoultramicroscopicsilicovolcanoconiosisandthensomemoreletters");
        // Each table's header: every stage number of its columns, in order, on one line.
        for (int from = 1; from <= stages; from += 12) {
            String numbers = String.join(" ", IntStream.rangeClosed(from, Math.min(stages, from + 11)).mapToObj(String::valueOf).toList());
            assertThat(text).as("header of the table from stage " + from).containsPattern("(?m)^Criterion " + numbers + "$");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 50})
    void htmlAndMarkdownHaveEveryStageColumnAndEveryCriterionRow(int stages) throws IOException {
        KitFixtures.write(cwd, "wide", "kit.yaml", kit("wide", stages));
        assertThat(Kitgen.run(cwd, "render", "wide", "--doc", "guide", "--format", "md,html")).succeeded();

        Document html = Jsoup.parse(Files.readString(cwd.resolve("out/wide/en/guide.html")));
        List<Element> tables = html.select("table.coverage");
        assertThat(tables).hasSize((stages + 11) / 12);
        List<String> columns = new ArrayList<>();
        for (Element table : tables) {
            columns.addAll(table.select("thead th.mark").eachText());
            assertThat(table.select("tbody th[scope=row]")).hasSize(7);
            assertThat(table.select("thead th.mark abbr").eachAttr("title")).allSatisfy(t -> assertThat(t).startsWith("Stage title "));
        }
        assertThat(columns).containsExactlyElementsOf(IntStream.rangeClosed(1, stages).mapToObj(String::valueOf).toList());
        assertThat(html.select("ol.legend > li")).hasSize(stages);

        Node md = MARKDOWN.parse(Files.readString(cwd.resolve("out/wide/en/guide.md")));
        List<String> mdColumns = new ArrayList<>();
        for (TableBlock table : collect(md, TableBlock.class)) {
            List<TableCell> head = collect(collect(table, TableHead.class).get(0), TableCell.class);
            if (!EscapingTest.textOf(head.get(0)).equals("Criterion")) continue;
            head.subList(1, head.size()).forEach(cell -> mdColumns.add(EscapingTest.textOf(cell)));
            assertThat(collect(table, TableRow.class)).hasSize(8);
        }
        assertThat(mdColumns).containsExactlyElementsOf(IntStream.rangeClosed(1, stages).mapToObj(String::valueOf).toList());
    }

    @Test
    void aCriterionWithoutAnchorsGetsACompactRatingRow() throws IOException {
        KitFixtures.write(cwd, "wide", "kit.yaml", kit("wide", 8));
        assertThat(Kitgen.run(cwd, "render", "wide", "--doc", "scorecard", "--format", "md,html")).succeeded();

        // Stage s1 assesses c1 (no anchors) and c4 (anchors).
        Document html = Jsoup.parse(Files.readString(cwd.resolve("out/wide/en/scorecard-s1.html")));
        assertThat(html.select("#criterion-c1 table")).isEmpty();
        assertThat(html.select("#criterion-c1 .rating-row .rating-choice").eachText())
                .containsExactly("☐ 1 Well below the bar", "☐ 2 Below the bar", "☐ 3 Meets the bar", "☐ 4 Above the bar");
        assertThat(html.select("#criterion-c4 table tbody tr")).hasSize(4);
        assertThat(html.select("#criterion-c4 .rating-row")).isEmpty();

        String md = Files.readString(cwd.resolve("out/wide/en/scorecard-s1.md"));
        assertThat(md).contains("**Rating:** ☐ 1 Well below the bar ☐ 2 Below the bar ☐ 3 Meets the bar ☐ 4 Above the bar\n");
        assertThat(collect(MARKDOWN.parse(md), TableBlock.class)).as("the fields and c4's ratings").hasSize(2);
    }

    @Test
    void stagesOfOneTitleKeepTheirOwnAnchorsAndValidateWarns() throws IOException {
        String kit = KitFixtures.tiny("    title: Onsite", "    title: Screen");
        KitFixtures.write(cwd, "tiny", "kit.yaml", kit);

        assertThat(Kitgen.run(cwd, "validate")).succeeded().errContains("kits/tiny/kit.yaml:25:12: warning: stage "
                + "'onsite' has the title 'Screen', as stage 'screen' has; give each stage a title of its own");
        assertThat(Kitgen.run(cwd, "render", "tiny", "--doc", "packet", "--format", "md,html")).succeeded();

        Document html = Jsoup.parse(Files.readString(cwd.resolve("out/tiny/en/packet.html")));
        List<String> targets = html.select("nav a").eachAttr("href");
        assertThat(targets).doesNotHaveDuplicates().hasSize(3);
        for (String target : targets) assertThat(html.getElementById(target.substring(1))).as(target).isNotNull();
        assertThat(html.getElementById("scorecard-onsite").selectFirst("h1").text()).isEqualTo("Scorecard: Screen (Tiny Engineer)");

        Node md = MARKDOWN.parse(Files.readString(cwd.resolve("out/tiny/en/packet.md")));
        Map<String, String> headingBySlug = githubAnchors(md);
        List<String> links = collect(md, Link.class).stream().map(Link::getDestination).toList();
        assertThat(links).doesNotHaveDuplicates().hasSize(3);
        assertThat(links).allSatisfy(l -> assertThat(headingBySlug).containsKey(l.substring(1)));
        assertThat(headingBySlug.get(links.get(2).substring(1))).as("the second scorecard's heading")
                .isEqualTo(headingBySlug.get(links.get(1).substring(1)));
        assertThat(links.get(2)).isEqualTo(links.get(1) + "-1");
    }

    /** The anchors GitHub gives a document's headings: the slug, and "-1", "-2" for the second and third alike. */
    private static Map<String, String> githubAnchors(Node md) {
        Map<String, String> bySlug = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Heading h : collect(md, Heading.class)) {
            String text = EscapingTest.textOf(h);
            String slug = Layout.githubSlug(text);
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            bySlug.put(n == 0 ? slug : slug + "-" + n, text);
        }
        return bySlug;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
