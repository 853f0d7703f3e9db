package dev.kitgen.cli;

import com.sun.net.httpserver.HttpServer;
import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** PDFs checked by what they say, read back with PDFBox: text, pages, outline, metadata, fonts. */
class RenderPdfTest {

    private static final String ES = "out/ml-engineer/es/";

    @TempDir
    Path cwd;

    @Test
    void spanishGuideHasItsTextMetadataOutlineAndPageNumbers() throws IOException {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es", "--doc", "guide",
                "--format", "pdf");

        assertThat(result).succeeded().wrote(ES + "guide.pdf").errIsEmpty();
        try (PDDocument pdf = load(ES + "guide.pdf")) {
            String text = text(pdf);
            assertThat(text).contains("Guía para entrevistar: Machine Learning Engineer", "Qué buscar",
                    "El proceso de contratación", "Señales de alerta", "45 minutos", "fiables");
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(text).contains("Página 1 de " + pages, "Página " + pages + " de " + pages);

            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Guía para entrevistar: Machine Learning Engineer");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("ml-engineer");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("Kit de entrevista para Machine Learning Engineer");
            assertThat(pdf.getDocumentInformation().getProducer()).startsWith("kitgen ");
            assertThat(pdf.getDocumentInformation().getCreationDate()).as("no date without SOURCE_DATE_EPOCH").isNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("es");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged for PDF/UA").isTrue();

            List<String> outline = outline(pdf.getDocumentCatalog().getDocumentOutline(), "");
            assertThat(outline).startsWith("Guía para entrevistar: Machine Learning Engineer")
                    .contains("  Qué buscar", "  El proceso de contratación", "    1. Cribado de fundamentos de ML",
                            "  Señales de alerta");
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            });
        }
    }

    @Test
    void englishScorecardsSayPageOfAndLetterPaperIsLetter() throws IOException {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--doc", "scorecard",
                "--format", "pdf", "--paper", "letter");

        assertThat(result).succeeded().wrote("out/ml-engineer/en/scorecard-system-design.pdf");
        try (PDDocument pdf = load("out/ml-engineer/en/scorecard-system-design.pdf")) {
            assertThat(text(pdf)).contains("Scorecard: ML system design", "Page 1 of " + pdf.getNumberOfPages());
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void packetHoldsTheGuideAndEveryScorecardEachFromANewPage() throws IOException {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es", "--doc", "packet",
                "--format", "pdf,html,md");

        assertThat(result).succeeded().wrote(ES + "packet.pdf").wrote(ES + "packet.html").wrote(ES + "packet.md");
        List<String> scorecards = List.of("Hoja de evaluación: Cribado de fundamentos de ML (Machine Learning Engineer)",
                "Hoja de evaluación: Diseño de sistemas de ML (Machine Learning Engineer)",
                "Hoja de evaluación: Prueba de programación (Machine Learning Engineer)",
                "Hoja de evaluación: Entrevista sobre experiencia en producción (Machine Learning Engineer)");
        try (PDDocument pdf = load(ES + "packet.pdf")) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) top.add(item.getTitle());
            assertThat(top).containsExactly(
                    Stream.concat(Stream.of("Paquete de contratación: Machine Learning Engineer",
                            "Guía para entrevistar: Machine Learning Engineer"), scorecards.stream()).toArray(String[]::new));
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().startsWith("Hoja")) {
                    assertThat(item.children()).as("sections under " + item.getTitle()).isNotEmpty();
                    // The scorecard's title is the first thing on the page its bookmark leads to, after the footer.
                    int page = pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1;
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String onPage = stripper.getText(pdf).strip().replaceAll("\\s+", " ");
                    // PDFBox reads the markers of the page's first numbered list ("1. 2. 3.") before the text.
                    assertThat(onPage.replaceFirst("^Página \\d+ de \\d+ ", "").replaceFirst("^(\\d+\\. )+", ""))
                            .startsWith(item.getTitle());
                    // The table of contents on page 1 gives that page.
                    stripper.setStartPage(1);
                    stripper.setEndPage(1);
                    assertThat(stripper.getText(pdf).replaceAll("\\s+", " "))
                            .containsPattern(java.util.regex.Pattern.quote(item.getTitle()) + " \\.+ " + page + " ");
                }
            }
        }
        String md = read(ES + "packet.md");
        assertThat(md).contains("1. [Guía para entrevistar: Machine Learning Engineer](#guía-para-entrevistar-machine-learning-engineer)",
                "\n# Guía para entrevistar: Machine Learning Engineer\n",
                "\n# Hoja de evaluación: Prueba de programación (Machine Learning Engineer)\n");
        String html = read(ES + "packet.html");
        assertThat(html).contains("<a href=\"#scorecard-coding-challenge\">", "<article class=\"part\" id=\"scorecard-coding-challenge\">",
                "id=\"scorecard-coding-challenge-criterion-engineering\"");
    }

    @Test
    void sameInputGivesTheSameBytesInEveryFormat() throws IOException {
        String[] args = {"render", "ml-engineer", "--lang", "es", "--format", "md,html,pdf"};
        assertThat(Kitgen.run(cwd, args)).succeeded();
        Map<String, byte[]> first = Folders.snapshot(cwd.resolve("out")).files();
        assertThat(Kitgen.run(cwd, args)).succeeded();
        Map<String, byte[]> second = Folders.snapshot(cwd.resolve("out")).files();

        assertThat(first.keySet()).hasSize(3 * (1 + 4 + 1 + 1)).isEqualTo(second.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void sourceDateEpochSuppliesThePdfDates() throws IOException {
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1767225600"); // 2026-01-01T00:00:00Z
        String[] args = {"render", "ml-engineer", "--lang", "en", "--doc", "guide", "--format", "pdf"};
        assertThat(Kitgen.run(cwd, env, args)).succeeded();
        byte[] first = Files.readAllBytes(cwd.resolve("out/ml-engineer/en/guide.pdf"));
        assertThat(Kitgen.run(cwd, env, args)).succeeded();
        assertThat(Files.readAllBytes(cwd.resolve("out/ml-engineer/en/guide.pdf"))).isEqualTo(first);

        try (PDDocument pdf = load("out/ml-engineer/en/guide.pdf")) {
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).hasToString("2026-01-01T00:00:00Z");
            assertThat(pdf.getDocumentInformation().getModificationDate().toInstant()).hasToString("2026-01-01T00:00:00Z");
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("2026-01-01T00:00:00");
        }
        assertThat(Kitgen.run(cwd, Map.of("SOURCE_DATE_EPOCH", "yesterday"), args)).failedUsage()
                .errContains("SOURCE_DATE_EPOCH='yesterday'");
    }

    /**
     * A PDF date has a four-digit year: SOURCE_DATE_EPOCH=99999999999999 once wrote the year 3170843
     * into every PDF. Outside 1970-01-01 … 9999-12-31 it is a usage error; both ends are recorded as they are.
     */
    @Test
    void sourceDateEpochIsADateAPdfCanRecordOrAUsageError() throws IOException {
        String[] args = {"render", "ml-engineer", "--lang", "en", "--doc", "guide", "--format", "pdf"};
        for (String epoch : List.of("99999999999999", "253402300800", "-1", "-99999999999")) {
            assertThat(Kitgen.run(cwd, Map.of("SOURCE_DATE_EPOCH", epoch), args)).as(epoch).failedUsage().hasNoStackTrace()
                    .errLinesAre("kitgen: error: SOURCE_DATE_EPOCH='" + epoch + "' is not a date a PDF can record: give "
                            + "seconds since 1970-01-01 UTC from 0 (1970-01-01) to 253402300799 (9999-12-31 23:59:59), "
                            + "such as $(git log -1 --format=%ct)");
            assertThat(cwd.resolve("out")).as(epoch).doesNotExist();
        }
        Map<String, String> ends = Map.of("0", "1970-01-01T00:00:00", "253402300799", "9999-12-31T23:59:59");
        for (Map.Entry<String, String> end : ends.entrySet()) {
            assertThat(Kitgen.run(cwd, Map.of("SOURCE_DATE_EPOCH", end.getKey()), args)).succeeded();
            try (PDDocument pdf = load("out/ml-engineer/en/guide.pdf")) {
                String pdfDate = "D:" + end.getValue().replaceAll("[-T:]", "");
                assertThat(pdf.getDocumentInformation().getCOSObject().getString(COSName.CREATION_DATE)).startsWith(pdfDate);
                assertThat(pdf.getDocumentInformation().getCOSObject().getString(COSName.MOD_DATE)).startsWith(pdfDate);
                assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).hasToString(end.getValue() + "Z");
                String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertThat(xmp).contains(end.getValue());
            }
        }
    }

    @Test
    void rendererLoadsNothingFromTheNetworkOrDiskAndPrintsNothing() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        PrintStream realErr = System.err;
        PrintStream realOut = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Files.createDirectories(cwd.resolve("templates/partials"));
            Files.writeString(cwd.resolve("secret.css"), "h1 { color: red; }");
            Files.writeString(cwd.resolve("templates/partials/head.mustache"), """
                        <meta charset="utf-8" />
                        <title>{{doc.title}}</title>
                        <link rel="stylesheet" href="%s/style.css" />
                        <link rel="stylesheet" href="file://%s" />
                        <style>@import url("%s/import.css"); @font-face { font-family: X; src: url("%s/font.ttf"); }</style>
                    {{> /partials/style}}
                    """.formatted(url, cwd.resolve("secret.css"), url, url));
            Files.writeString(cwd.resolve("templates/scorecard.html.mustache"), """
                    <!DOCTYPE html>
                    <html lang="{{doc.lang}}" xmlns="http://www.w3.org/1999/xhtml">
                      <head>
                    {{> partials/head}}
                      </head>
                      <body><h1>{{doc.title}}</h1><img src="%s/logo.png" alt="logo" /><img src="/etc/hostname" alt="x" /></body>
                    </html>
                    """.formatted(url));
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));

            CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--doc", "scorecard",
                    "--format", "pdf");

            assertThat(result).succeeded().errIsEmpty();
        } finally {
            System.setErr(realErr);
            System.setOut(realOut);
            server.stop(0);
        }
        assertThat(requests).as("requests to the local web server").hasValue(0);
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("printed by openhtmltopdf or PDFBox").isEmpty();
    }

    @Test
    void fillableScorecardsHaveNamedFieldsThatTakeValues() throws IOException {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es", "--doc", "scorecard",
                "--format", "pdf", "--fillable");

        assertThat(result).succeeded().wrote(ES + "scorecard-system-design.pdf");
        Path filled = cwd.resolve("filled.pdf");
        try (PDDocument pdf = load(ES + "scorecard-system-design.pdf")) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            assertThat(form).isNotNull();
            List<String> names = new ArrayList<>();
            form.getFieldTree().forEach(f -> {
                if (f instanceof PDTerminalField) names.add(f.getFullyQualifiedName());
            });
            assertThat(names).containsExactlyInAnyOrder("candidate", "interviewer", "date",
                    "rating.production", "evidence.production", "rating.mlops", "evidence.mlops",
                    "rating.problem-framing", "evidence.problem-framing",
                    "recommendation", "notes");
            assertThat(form.getField("candidate")).isInstanceOf(PDTextField.class);
            assertThat(form.getField("evidence.production")).isInstanceOf(PDTextField.class);
            assertThat(((PDRadioButton) form.getField("rating.production")).getExportValues())
                    .containsExactly("1", "2", "3", "4");
            assertThat(((PDRadioButton) form.getField("recommendation")).getExportValues())
                    .containsExactly("strong-no", "no", "yes", "strong-yes", "no-decision");

            form.getField("candidate").setValue("Ana Núñez");
            form.getField("evidence.production").setValue("Desplegó un modelo de detección de fraude.");
            form.getField("rating.production").setValue("3");
            form.getField("recommendation").setValue("yes");
            pdf.save(filled.toFile());
        }
        try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            assertThat(form.getField("candidate").getValueAsString()).isEqualTo("Ana Núñez");
            assertThat(form.getField("evidence.production").getValueAsString()).startsWith("Desplegó");
            assertThat(form.getField("rating.production").getValueAsString()).isEqualTo("3");
            assertThat(form.getField("recommendation").getValueAsString()).isEqualTo("yes");
        }
    }

    @Test
    void fillableNeedsPdfScorecards() {
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "pdf", "--fillable"))
                .failedUsage().errContains("--fillable adds form fields to PDF scorecards");
    }

    @Test
    void aTemplateThatIsNotWellFormedXhtmlIsReportedByName() throws IOException {
        // In a folder not named "templates", so that the message shows where the template came from.
        Files.createDirectories(cwd.resolve("mytpl"));
        Files.writeString(cwd.resolve("mytpl/guide.html.mustache"), """
                <!DOCTYPE html>
                <html lang="{{doc.lang}}" xmlns="http://www.w3.org/1999/xhtml">
                  <head><title>{{doc.title}}</title></head>
                  <body><p>{{summary}}&nbsp;<br></p></body>
                </html>
                """);

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--doc", "guide",
                "--format", "html,pdf", "--templates", "mytpl");

        assertThat(result).failedValidation()
                .errContains("mytpl/guide.html.mustache: error: the page rendered from this template is not "
                        + "well-formed XHTML, which PDF output needs (rendered line 4")
                .hasNoStackTrace().errContains("kitgen: not written: out/ml-engineer/en/guide.pdf\n");
        assertThat(cwd.resolve("out/ml-engineer/en/guide.pdf")).as("the PDF is not written").doesNotExist();
        assertThat(cwd.resolve("out/ml-engineer/en/guide.html")).as("the HTML, which rendered, is").isRegularFile();
    }

    @Test
    void aPageNumberPatternCannotBreakOutOfTheStyleSheet() throws IOException {
        Files.createDirectories(cwd.resolve("templates/messages"));
        Files.writeString(cwd.resolve("templates/messages/en.yaml"), """
                formats:
                  pageOf: "</style><script>alert(1)</script> \\"{page}\\" & {pages}"
                """);

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--doc", "guide",
                "--format", "html,pdf");

        assertThat(result).succeeded();
        String html = read("out/ml-engineer/en/guide.html");
        assertThat(html).doesNotContain("<script>").contains(
                "content: \"\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e  \\22 \" counter(page) \"\\22  \\26  \" counter(pages);");
        try (PDDocument pdf = load("out/ml-engineer/en/guide.pdf")) {
            assertThat(text(pdf)).contains("</style><script>alert(1)</script> \"1\" & " + pdf.getNumberOfPages());
        }
    }

    @Test
    void stdoutIsNotForPdf() {
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es", "--doc", "guide", "--format", "pdf",
                "--stdout")).failedUsage().errContains("--stdout prints text");
    }

    private PDDocument load(String relative) throws IOException {
        return Loader.loadPDF(cwd.resolve(relative).toFile());
    }

    private String read(String relative) throws IOException {
        return Files.readString(cwd.resolve(relative));
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    /** The outline as indented lines, two spaces a level. */
    private static List<String> outline(PDOutlineNode node, String indent) {
        List<String> lines = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            lines.add(indent + item.getTitle());
            lines.addAll(outline(item, indent + "  "));
        }
        return lines;
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) fonts.add(resources.getFont(name));
        }
        return fonts;
    }
}
