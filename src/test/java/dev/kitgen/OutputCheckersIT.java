package dev.kitgen;

import dev.kitgen.testing.PdfConformance;
import dev.kitgen.testing.Processes;
import dev.kitgen.testing.Processes.Result;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Every document of every kit in {@code kits/}, in every language it has, as the jar renders it,
 * put through the third-party checkers its readers' tools stand for: markdownlint (default rules,
 * less the two that {@code src/test/checkers/.markdownlint-cli2.jsonc} turns off and says why),
 * axe-core in Chromium, {@code qpdf --check}, and veraPDF against PDF/UA-1 and PDF/A-3a. The kits
 * and languages are found, not listed, so a kit or translation added later is checked too.
 *
 * <p>The checkers come from {@code src/test/checkers/install.sh}, which {@code .ci/run} runs
 * first. A checker that is missing fails the test, saying how to install it; only
 * {@code -Dkitgen.checkers.skip=true} skips them, for a machine that cannot have them.
 */
class OutputCheckersIT {

    private static final Path CHECKERS_SOURCE = Project.path("src/test/checkers");

    /** The tools that picture a page: poppler and Ghostscript, with IN, OUT and PAGE to fill in. */
    private static final String[][] PICTURES = {
            {"pdftoppm", "-r", "100", "-png", "-singlefile", "-f", "PAGE", "-l", "PAGE", "IN", "OUT"},
            {"gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=png16m", "-r100", "-dFirstPage=PAGE",
                    "-dLastPage=PAGE", "-sOutputFile=OUT.png", "IN"}};

    @TempDir
    static Path out;

    static Path checkers;

    @BeforeAll
    static void renderEverything() {
        assumeFalse(Boolean.getBoolean("kitgen.checkers.skip"), "-Dkitgen.checkers.skip=true: third-party checkers not run");
        String configured = System.getProperty("kitgen.checkers", System.getenv("KITGEN_CHECKERS"));
        checkers = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "kitgen-checkers");
        for (String tool : List.of("qpdf", "chromium", "node", "pdftoppm", "gs")) {
            assertThat(onPath(tool)).as(tool + " is not installed: run `bash src/test/checkers/install.sh` "
                    + "(or pass -Dkitgen.checkers.skip=true to skip these checks)").isTrue();
        }
        Result pypdf = Processes.run(Project.folder(), List.of("/usr/bin/python3", "-c", "import pypdf"));
        assertThat(pypdf.code()).as("pypdf is not installed for /usr/bin/python3: run `bash src/test/checkers/install.sh`\n"
                + pypdf.err()).isZero();
        assertThat(checkers.resolve("node_modules/markdownlint-cli2")).as("markdownlint-cli2, axe-core and "
                + "playwright-core are not in " + checkers + ": run `bash src/test/checkers/install.sh` (KITGEN_CHECKERS "
                + "or -Dkitgen.checkers names another folder)").isDirectory();
        render("--format", "md,html,pdf", "--out", out.resolve("a4").toString());
        render("--doc", "scorecard", "--format", "pdf", "--fillable", "--out", out.resolve("fillable").toString());
    }

    private static void render(String... args) {
        List<String> command = new ArrayList<>(List.of(Processes.java(), "-jar", Project.path("target/kitgen.jar").toString(),
                "render", "--all"));
        command.addAll(List.of(args));
        Result run = Processes.run(Project.folder(), command);
        assertThat(run.code()).as(run.describe()).isZero();
    }

    @Test
    void markdownlintFindsNothing() {
        List<String> files = files("a4", ".md");
        List<String> command = new ArrayList<>(List.of(checkers.resolve("node_modules/.bin/markdownlint-cli2").toString(),
                "--config", CHECKERS_SOURCE.resolve(".markdownlint-cli2.jsonc").toString()));
        command.addAll(files);
        Result run = Processes.run(out, command);
        assertThat(run.code()).as("markdownlint on " + files.size() + " files:\n" + run.err() + run.out()).isZero();
    }

    @Test
    void axeCoreFindsNoViolation() {
        List<String> files = files("a4", ".html");
        List<String> command = new ArrayList<>(List.of("node", CHECKERS_SOURCE.resolve("axe.mjs").toString(),
                which("chromium")));
        command.addAll(files);
        Result run = Processes.run(out, env -> env.put("NODE_PATH", checkers.resolve("node_modules").toString()), command);
        assertThat(run.code()).as("axe-core on " + files.size() + " files:\n" + run.out() + run.err()).isZero();
    }

    @Test
    void qpdfFindsNothing() {
        List<String> files = new ArrayList<>(files("a4", ".pdf"));
        files.addAll(files("fillable", ".pdf"));
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            Result run = Processes.run(out, List.of("qpdf", "--check", file));
            if (run.code() != 0 || run.err().contains("WARNING") || run.out().contains("WARNING")) {
                problems.add(file + ": exit " + run.code() + "\n" + run.out() + run.err());
            }
        }
        assertThat(problems).as("qpdf --check on " + files.size() + " PDFs").isEmpty();
    }

    /**
     * Every PDF is accessible (PDF/UA-1) and every one without form fields archivable (PDF/A-3a); a
     * fillable scorecard makes no PDF/A claim (its fields' appearances are what a viewer changes).
     */
    @Test
    void veraPdfFindsEveryPdfAccessibleAndArchivable() {
        List<String> files = files("a4", ".pdf");
        List<String> fillable = files("fillable", ".pdf");
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
                PdfConformance.failures(out.resolve(file), flavour).forEach(f -> problems.add(file + " " + flavour + ": " + f));
            }
        }
        for (String file : fillable) {
            PdfConformance.failures(out.resolve(file), PDFAFlavour.PDFUA_1).forEach(f -> problems.add(file + " PDF/UA-1: " + f));
        }
        assertThat(problems).as("veraPDF on " + (files.size() + fillable.size()) + " PDFs").isEmpty();
    }

    /**
     * A fillable scorecard filled in by a script (PDFBox) reads back the same in a second reader
     * (pypdf), and every mark it set shows in poppler's picture of the page (pdftoppm, as Evince and
     * Okular draw it) and in Ghostscript's: around each button set on, the filled form's picture
     * differs from the empty one's.
     */
    @Test
    void aFilledScorecardReadsBackAndShowsItsMarksInOtherReaders() throws IOException {
        String empty = files("fillable", ".pdf").stream().filter(f -> f.contains("/en/")).findFirst().orElseThrow();
        Path filled = out.resolve("filled.pdf");
        List<String> ratings = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.resolve(empty).toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDRadioButton radio && field.getFullyQualifiedName().startsWith("rating.")) {
                    radio.setValue("3");
                    ratings.add(field.getFullyQualifiedName());
                } else if (field instanceof PDCheckBox box) {
                    box.check();
                }
            }
            ((PDRadioButton) form.getField("recommendation")).setValue("yes");
            pdf.save(filled.toFile());
        }
        assertThat(ratings).isNotEmpty();
        Result pypdf = Processes.run(out, List.of("/usr/bin/python3", "-c", "import sys\nfrom pypdf import PdfReader\n"
                + "for k, v in sorted(PdfReader(sys.argv[1]).get_fields().items()):\n    print(k, v.get('/V'))", "filled.pdf"));
        assertThat(pypdf.code()).as(pypdf.describe()).isZero();
        for (String rating : ratings) assertThat(pypdf.out()).as("pypdf's reading").contains(rating + " /3\n");
        assertThat(pypdf.out()).contains("recommendation /yes\n");
        List<String> unseen = new ArrayList<>();
        int marks = 0;
        try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                List<PDAnnotationWidget> on = new ArrayList<>();
                for (PDAnnotation annotation : pdf.getPage(page - 1).getAnnotations()) {
                    if (annotation instanceof PDAnnotationWidget widget && widget.getAppearanceState() != null
                            && !widget.getAppearanceState().equals(COSName.Off)) on.add(widget);
                }
                if (on.isEmpty()) continue;
                marks += on.size();
                float height = pdf.getPage(page - 1).getMediaBox().getHeight();
                for (String[] tool : PICTURES) {
                    BufferedImage[] pictures = {picture(tool, empty, page), picture(tool, "filled.pdf", page)};
                    for (PDAnnotationWidget widget : on) {
                        if (differingPixels(pictures, widget.getRectangle(), height) == 0) {
                            unseen.add(tool[0] + ", page " + page + ": " + widget.getAppearanceState().getName() + " at "
                                    + widget.getRectangle());
                        }
                    }
                }
            }
        }
        assertThat(marks).as("buttons set on").isGreaterThan(ratings.size());
        assertThat(unseen).as("marks that do not show").isEmpty();
    }

    /** The picture {@code tool} makes of one page of a PDF, at 100 dpi. */
    private static BufferedImage picture(String[] tool, String pdf, int page) throws IOException {
        List<String> command = new ArrayList<>();
        for (String arg : tool) command.add(arg.replace("IN", pdf).replace("OUT", "picture").replace("PAGE", String.valueOf(page)));
        Result run = Processes.run(out, command);
        assertThat(run.code()).as(run.describe()).isZero();
        return ImageIO.read(out.resolve("picture.png").toFile());
    }

    /** How many pixels differ between two pictures of a page within {@code box} (in points, from the page's foot). */
    private static long differingPixels(BufferedImage[] pictures, PDRectangle box, float pageHeight) {
        double scale = 100 / 72.0;
        int left = (int) Math.floor(box.getLowerLeftX() * scale);
        int right = (int) Math.ceil(box.getUpperRightX() * scale);
        int top = (int) Math.floor((pageHeight - box.getUpperRightY()) * scale);
        int bottom = (int) Math.ceil((pageHeight - box.getLowerLeftY()) * scale);
        long differ = 0;
        for (int y = Math.max(0, top); y < Math.min(bottom, pictures[0].getHeight()); y++) {
            for (int x = Math.max(0, left); x < Math.min(right, pictures[0].getWidth()); x++) {
                if (pictures[0].getRGB(x, y) != pictures[1].getRGB(x, y)) differ++;
            }
        }
        return differ;
    }

    /** The files of one rendering ending in {@code suffix}, relative to {@link #out}; fails when there are none. */
    private static List<String> files(String folder, String suffix) {
        try (Stream<Path> walk = Files.walk(out.resolve(folder))) {
            List<String> files = walk.filter(p -> p.toString().endsWith(suffix)).map(p -> out.relativize(p).toString())
                    .sorted().toList();
            assertThat(files).as("rendered " + suffix + " files in " + folder).isNotEmpty();
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean onPath(String tool) {
        return which(tool) != null;
    }

    private static String which(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) return candidate.toString();
        }
        return null;
    }
}
