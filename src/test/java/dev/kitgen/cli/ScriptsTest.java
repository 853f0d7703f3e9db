package dev.kitgen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.PdfConformance;
import dev.kitgen.testing.Project;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every script in every format: PDFs read back with PDFBox say what the kit says, in logical
 * order, with every letter in an embedded font; right-to-left documents are marked so in HTML;
 * text in another language than the document's carries its language; and a character no font
 * has is a located warning.
 */
class ScriptsTest {

    @TempDir
    Path cwd;

    @ParameterizedTest
    @ValueSource(strings = {"ja", "ar", "he"})
    void aPdfSaysWhatTheTranslationSaysInLogicalOrder(String lang) throws IOException {
        String translation = Project.read("src/test/resources/scripts/" + lang + ".yaml");
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        KitFixtures.write(cwd, "tiny", lang + ".yaml", translation);

        CommandResult result = Kitgen.run(cwd, "render", "tiny", "--lang", lang, "--doc", "guide", "--format", "pdf,html");

        assertThat(result).succeeded().wrote("out/tiny/" + lang + "/guide.pdf");
        String text = pdfText("out/tiny/" + lang + "/guide.pdf");
        for (String written : texts(new YAMLMapper().readTree(translation))) {
            for (String run : runs(written)) {
                assertThat(compact(text)).as("PDF text of %s", written).contains(run);
            }
        }
        assertThat(text).doesNotContain("#", "\uFFFD");
        try (PDDocument pdf = Loader.loadPDF(cwd.resolve("out/tiny/" + lang + "/guide.pdf").toFile())) {
            assertThat(fonts(pdf)).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue())
                    .anySatisfy(f -> assertThat(f.getName()).containsAnyOf("DroidSansFallback", "NotoSansArabic",
                            "NotoSansHebrew"));
        }
        Element html = html("out/tiny/" + lang + "/guide.html").selectFirst("html");
        assertThat(html.attr("lang")).isEqualTo(lang);
        assertThat(html.attr("dir")).isEqualTo(lang.equals("ja") ? "ltr" : "rtl");
    }

    /**
     * The Chinese and Japanese font has no bold face: openhtmltopdf draws bold text in it with its
     * outline stroked as well as filled, so that headings and labels stand out as they do in Latin.
     */
    @Test
    void boldJapaneseIsDrawnStrokedInTheFontThatHasNoBoldFace() throws IOException {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        KitFixtures.write(cwd, "tiny", "ja.yaml", Project.read("src/test/resources/scripts/ja.yaml"));

        assertThat(Kitgen.run(cwd, "render", "tiny", "--lang", "ja", "--doc", "guide", "--format", "pdf")).succeeded();

        Map<RenderingMode, StringBuilder> drawn = new java.util.EnumMap<>(RenderingMode.class);
        try (PDDocument pdf = Loader.loadPDF(cwd.resolve("out/tiny/ja/guide.pdf").toFile())) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
                    drawn.computeIfAbsent(mode, m -> new StringBuilder()).append(glyph.getUnicode());
                }
            }.getText(pdf);
        }
        // The role is in the heading (bold), the summary in a paragraph (regular).
        assertThat(drawn.get(RenderingMode.FILL_STROKE).toString()).contains("ミニ・エンジニア", "コードを書ける")
                .doesNotContain("小さなものを作ります。");
        assertThat(drawn.get(RenderingMode.FILL).toString()).contains("小さなものを作ります。");
    }

    /** The languages the shipped ml-engineer kit is written and translated in. */
    static Stream<String> shippedLanguages() throws IOException {
        try (Stream<Path> files = Files.list(Project.path("kits/ml-engineer"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.equals("kit.yaml") ? "en" : n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedLanguages")
    void everyLanguageOfTheShippedKitReadsBackFromItsPdf(String lang) throws IOException {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", lang, "--doc", "guide",
                "--format", "pdf");

        assertThat(result).succeeded();
        String file = lang.equals("en") ? "kit.yaml" : lang + ".yaml";
        JsonNode yaml = new YAMLMapper().readTree(Project.read("kits/ml-engineer/" + file));
        String text = pdfText("out/ml-engineer/" + lang + "/guide.pdf");
        List<String> texts = texts(yaml);
        assertThat(texts).hasSizeGreaterThan(10);
        for (String written : texts) {
            for (String run : runs(written)) {
                assertThat(compact(text)).as("PDF text of %s", written).contains(run);
            }
        }
        assertThat(text).doesNotContain("\uFFFD");
        assertThat(text.chars().filter(c -> c == '#').count()).as("'#' in the PDF")
                .isEqualTo(texts.stream().mapToLong(t -> t.chars().filter(c -> c == '#').count()).sum());
    }

    /**
     * Each line of the page is drawn as the Unicode bidi algorithm orders it (ICU's, as browsers
     * draw HTML): numbers with a percent sign, an English term and English fallback text inside
     * right-to-left lines, and the page's margins, whose text openhtmltopdf lays out without bidi.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ar", "he"})
    void rightToLeftLinesAreDrawnInTheOrderOfTheBidiAlgorithm(String lang) throws IOException {
        String summary = lang.equals("ar") ? "يجري اختبارات A/B testing بدقة 98% كل أسبوع."
                : "מריץ A/B testing בדיוק של 98% בכל שבוע.";
        String translation = Project.read("src/test/resources/scripts/" + lang + ".yaml");
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        // The tip is left untranslated: it falls back to the kit's English.
        KitFixtures.write(cwd, "tiny", lang + ".yaml", translation.substring(0, translation.indexOf("tips:"))
                .replaceFirst("(?m)^summary: .*$", "summary: \"" + summary + "\""));

        assertThat(Kitgen.run(cwd, "render", "tiny", "--lang", lang, "--doc", "guide", "--format", "pdf,html"))
                .succeeded();

        List<String> lines = drawnLines("out/tiny/" + lang + "/guide.pdf");
        String pageOf = new YAMLMapper().readTree(Project.read("templates/messages/" + lang + ".yaml"))
                .findValue("pageOf").asText().replace("{page}", "1").replace("{pages}", "1");
        String provenance = html("out/tiny/" + lang + "/guide.html").selectFirst("footer").text();
        for (String logical : List.of(summary, pageOf, provenance)) {
            assertThat(lines).as("the line drawn for %s", logical).contains(drawnByBidi(logical, Bidi.RTL));
        }
        // The fallback text is a left-to-right paragraph of its own (its dir): its full stop ends it on the right.
        assertThat(lines).contains(drawnByBidi("Listen more than you talk.", Bidi.LTR));
        // European digits after Arabic letters are Arabic numbers, which a percent sign does not
        // join (rule W2): the sign is drawn left of them, read after them, as a browser draws it.
        // After Hebrew letters they stay European numbers and the sign joins them (rule W5).
        assertThat(String.join("\n", lines)).contains(lang.equals("ar") ? "%98" : "98%");
    }

    @Test
    void textInAnotherLanguageCarriesItsLanguageAndDirection() throws IOException {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        // The tip is left untranslated: it falls back to the kit's English.
        String arabic = Project.read("src/test/resources/scripts/ar.yaml");
        KitFixtures.write(cwd, "tiny", "ar.yaml", arabic.substring(0, arabic.indexOf("tips:")));

        CommandResult result = Kitgen.run(cwd, "render", "tiny", "--lang", "ar", "--doc", "guide",
                "--format", "md,html,pdf");

        assertThat(result).succeeded();
        Document html = html("out/tiny/ar/guide.html");
        Element tip = html.selectFirst("li:contains(Listen more than you talk.)");
        assertThat(tip.select("span[lang=en][dir=ltr]").text()).isEqualTo("Listen more than you talk.");
        assertThat(html.select("[lang=en]")).as("only the English text is marked").hasSize(1);
        assertThat(Files.readString(cwd.resolve("out/tiny/ar/guide.md"))).contains("- Listen more than you talk.")
                .doesNotContain("<span");
    }

    /** Text that falls back to English is English in the PDF's tagged structure too, in a page of another language. */
    @ParameterizedTest
    @ValueSource(strings = {"ar", "es"})
    void fallbackTextIsTaggedWithItsLanguageInThePdf(String lang) throws IOException {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        String translation = lang.equals("es") ? KitFixtures.TINY_ES : Project.read("src/test/resources/scripts/ar.yaml");
        // The tip is left untranslated: it falls back to the kit's English.
        KitFixtures.write(cwd, "tiny", lang + ".yaml", translation.substring(0, translation.indexOf("tips:")));

        assertThat(Kitgen.run(cwd, "render", "tiny", "--lang", lang, "--doc", "guide", "--format", "pdf")).succeeded();

        try (PDDocument pdf = Loader.loadPDF(cwd.resolve("out/tiny/" + lang + "/guide.pdf").toFile())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(lang);
            Map<String, List<String>> byLanguage = new java.util.TreeMap<>();
            textByLanguage(pdf.getDocumentCatalog().getStructureTreeRoot(), null, markedText(pdf.getPage(0)), byLanguage);
            assertThat(byLanguage.get("en")).as("the text tagged English").containsExactly("Listen more than you talk.");
            assertThat(byLanguage.values().stream().flatMap(List::stream).filter(t -> t.contains("Listen")))
                    .as("the English text is tagged once").hasSize(1);
        }
        Path pdf = cwd.resolve("out/tiny/" + lang + "/guide.pdf");
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
            assertThat(PdfConformance.failures(pdf, flavour)).as("against " + flavour).isEmpty();
        }
    }

    @Test
    void aCharacterNoFontHasIsALocatedWarningUntilAFontForItIsAdded() throws IOException {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY.replace("summary: Builds tiny things.",
                "summary: Builds tiny things, สวัสดีครับ."));

        CommandResult result = Kitgen.run(cwd, "render", "tiny", "--doc", "guide", "--format", "pdf");

        assertThat(result).succeeded().errContains("kits/tiny/kit.yaml:5:10: warning: no font of the PDF has the "
                + "characters 'สวัดีครบ' (Thai), which would print as '#'; add a TrueType font (.ttf) that has them "
                + "to the fonts folder of your templates (templates/fonts/)");

        String warning = "kits/tiny/kit.yaml:5:10: warning: no font of the PDF has the characters 'สวัดีครบ' (Thai)";
        assertThat(Kitgen.run(cwd, "validate", "--pdf")).succeeded().errContains(warning);
        assertThat(Kitgen.run(cwd, "validate").err()).doesNotContain("no font");

        Files.createDirectories(cwd.resolve("templates/fonts"));
        Files.copy(Project.path("src/test/resources/scripts/NotoSansThai-Regular.ttf"),
                cwd.resolve("templates/fonts/NotoSansThai-Regular.ttf"));
        CommandResult again = Kitgen.run(cwd, "render", "tiny", "--doc", "guide", "--format", "pdf");

        assertThat(again).succeeded().errIsEmpty();
        assertThat(Kitgen.run(cwd, "validate", "--pdf").err()).doesNotContain("no font");
        assertThat(pdfText("out/tiny/en/guide.pdf")).contains("Builds tiny things, สวัสดีครับ.").doesNotContain("#");
    }

    @Test
    void aFileInTheFontsFolderThatIsNoFontIsAnErrorAtIt() throws IOException {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        Files.createDirectories(cwd.resolve("templates/fonts"));
        Files.writeString(cwd.resolve("templates/fonts/broken.ttf"), "not a font");

        CommandResult result = Kitgen.run(cwd, "render", "tiny", "--doc", "guide", "--format", "pdf");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/fonts/broken.ttf: error: not a TrueType font kitgen can embed");
    }

    /** The role, summary, and the titles of criteria and stages and the questions of a kit or translation file. */
    private static List<String> texts(JsonNode yaml) {
        List<String> texts = new ArrayList<>(List.of(yaml.get("role").asText(), yaml.get("summary").asText()));
        for (String list : List.of("criteria", "stages")) {
            for (JsonNode item : yaml.get(list)) {
                texts.add(item.get("title").asText());
                for (JsonNode q : item.path("questions")) texts.add(q.get("ask").asText());
            }
        }
        return texts;
    }

    /**
     * A text's runs of Latin letters and of other letters, compacted. Text readers guess the
     * direction of a line that mixes both, and PDFBox and pdftotext put an English term inside
     * an Arabic line ("A/B") at different ends of it; within each run, the order is checked.
     */
    private static List<String> runs(String text) {
        // Brackets at the edge of a run are mirrored or moved with it by a reader: left out. Each
        // word is a run of its own: in a line that mixes directions (an English term and a number
        // inside Arabic), PDFBox's extraction puts the runs of the line out of order. A percent
        // sign is a run of its own: after Arabic letters the bidi algorithm draws it left of its
        // number, as browsers do, and PDFBox reads it back there ("%98"); the order each line is
        // drawn in is checked glyph by glyph by rightToLeftLinesAreDrawnInTheOrderOfTheBidiAlgorithm.
        List<String> runs = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            for (String run : compact(word).split("(?<=[A-Za-z0-9/])(?=[^A-Za-z0-9/])|(?<=[^A-Za-z0-9/])(?=[A-Za-z0-9/])")) {
                if (!run.isEmpty()) runs.add(run);
            }
        }
        return runs;
    }

    /**
     * Without spaces, line breaks and bidi controls, Arabic presentation forms as the letters
     * they show, and without tatweel: a shadda is drawn in its medial form, which stands for
     * tatweel and shadda.
     */
    private static String compact(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u200e\\u200f\\u202a-\\u202e\\u0640()]", "");
    }

    /** The page's lines, each its glyphs from left to right, compacted like {@link #drawnByBidi}. */
    private List<String> drawnLines(String file) throws IOException {
        java.util.TreeMap<Float, List<TextPosition>> lines = new java.util.TreeMap<>();
        try (PDDocument pdf = Loader.loadPDF(cwd.resolve(file).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    lines.computeIfAbsent((float) Math.round(glyph.getYDirAdj()), y -> new ArrayList<>()).add(glyph);
                }
            };
            stripper.getText(pdf);
        }
        List<String> drawn = new ArrayList<>();
        for (List<TextPosition> line : lines.values()) {
            line.sort(java.util.Comparator.comparing(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            line.forEach(g -> text.append(g.getUnicode()));
            drawn.add(drawnCompact(text.toString()));
        }
        return drawn;
    }

    /** A paragraph of logical text in the order the bidi algorithm draws it from the left, compacted. */
    private static String drawnByBidi(String logical, byte direction) throws IOException {
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE).shape(logical);
            return drawnCompact(new Bidi(shaped, direction).writeReordered(Bidi.DO_MIRRORING));
        } catch (ArabicShapingException e) {
            throw new IOException(e);
        }
    }

    /**
     * Without spaces and marks, presentation forms as letters: a mark (a damma, a shadda) has no
     * place of its own from left to right.
     */
    private static String drawnCompact(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u064B-\\u0652\\u0640]", "");
    }

    private String pdfText(String file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(cwd.resolve(file).toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private Document html(String file) throws IOException {
        return Jsoup.parse(Files.readString(cwd.resolve(file)));
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    /** The text of each marked-content sequence of the page, by its id (MCID). */
    private static Map<Integer, String> markedText(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> texts = new java.util.HashMap<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) collectMarked(content, texts);
        return texts;
    }

    private static void collectMarked(PDMarkedContent content, Map<Integer, String> texts) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph) text.append(glyph.getUnicode());
            else if (item instanceof PDMarkedContent inner) collectMarked(inner, texts);
        }
        if (content.getMCID() >= 0) texts.merge(content.getMCID(), text.toString(), String::concat);
    }

    /**
     * The text of the structure elements below {@code node} by the language they are tagged with
     * (their own /Lang or their nearest ancestor's; "" for none), one entry per element that holds text.
     */
    private static void textByLanguage(PDStructureNode node, String inherited, Map<Integer, String> marked,
                                       Map<String, List<String>> byLanguage) {
        StringBuilder own = new StringBuilder();
        String lang = node instanceof PDStructureElement e && e.getLanguage() != null ? e.getLanguage() : inherited;
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                textByLanguage(element, lang, marked, byLanguage);
            } else if (kid instanceof Integer mcid) {
                own.append(marked.getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                own.append(marked.getOrDefault(reference.getMCID(), ""));
            }
        }
        if (!own.toString().isBlank()) {
            byLanguage.computeIfAbsent(lang == null ? "" : lang, l -> new ArrayList<>()).add(own.toString().strip());
        }
    }
}
