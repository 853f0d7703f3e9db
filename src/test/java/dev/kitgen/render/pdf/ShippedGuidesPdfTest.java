package dev.kitgen.render.pdf;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.load.YamlLoader;
import dev.kitgen.model.Criterion;
import dev.kitgen.model.Kit;
import dev.kitgen.model.KitPath;
import dev.kitgen.model.Stage;
import dev.kitgen.model.Text;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.Project;
import dev.kitgen.validate.KitValidator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF guide of every shipped kit, whole and along each of its tracks and levels, holds the
 * title of every stage and every criterion of that path, as a PDF reader extracts its text
 * (whitespace normalised, since a title may wrap over two lines): nothing is cut off.
 */
class ShippedGuidesPdfTest {

    @TempDir
    Path cwd;

    @TestFactory
    Stream<DynamicTest> everyGuideHoldsEveryStageAndCriterionTitle() throws IOException {
        List<Path> kits;
        try (Stream<Path> dirs = Files.list(Project.path("kits"))) {
            kits = dirs.filter(d -> Files.isRegularFile(d.resolve("kit.yaml"))).sorted().toList();
        }
        assertThat(kits).as("shipped kits").hasSizeGreaterThanOrEqualTo(7);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : kits) {
            Kit kit = load(dir);
            List<KitPath> paths = new ArrayList<>(List.of(KitPath.ALL));
            kit.tracks().forEach(t -> paths.add(new KitPath(t.id(), "")));
            kit.levels().forEach(l -> paths.add(new KitPath("", l.id())));
            for (KitPath path : paths) {
                tests.add(DynamicTest.dynamicTest(kit.id() + (path.isAll() ? "" : " " + path.suffix()),
                        () -> holdsEveryTitle(kit, path)));
            }
        }
        return tests.stream();
    }

    private void holdsEveryTitle(Kit kit, KitPath path) throws IOException {
        List<String> args = new ArrayList<>(List.of("render", kit.id(), "--doc", "guide", "--format", "pdf",
                "--out", "out"));
        if (!path.track().isEmpty()) args.addAll(List.of("--track", path.track()));
        if (!path.level().isEmpty()) args.addAll(List.of("--level", path.level()));
        assertThat(Kitgen.run(cwd, args.toArray(String[]::new))).succeeded();
        Path pdf = cwd.resolve("out").resolve(kit.id()).resolve(kit.lang().tag()).resolve("guide" + path.suffix() + ".pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = normalised(new PDFTextStripper().getText(doc));
        }
        Kit along = kit.forPath(path);
        assertThat(along.stages()).as("stages of " + path).isNotEmpty();
        List<String> titles = new ArrayList<>();
        along.stages().stream().map(Stage::title).map(Text::value).forEach(titles::add);
        along.criteria().stream().map(Criterion::title).map(Text::value).forEach(titles::add);
        for (String title : titles) {
            assertThat(text).as(pdf.getFileName() + " of " + kit.id()).contains(normalised(title));
        }
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static Kit load(Path dir) {
        try {
            Diagnostics diagnostics = new Diagnostics();
            byte[] yaml = Files.readAllBytes(dir.resolve("kit.yaml"));
            Kit kit = KitValidator.validate(new YamlLoader().parse(yaml, "kit.yaml", diagnostics).orElseThrow(),
                    dir.getFileName().toString(), diagnostics);
            assertThat(diagnostics.sorted()).as("problems of " + dir).isEmpty();
            return kit;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
