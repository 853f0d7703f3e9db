package dev.kitgen.render;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Golden files: every folder under {@code src/test/resources/golden} is a case. It holds
 * {@code args} (a kitgen command line, run with {@code --out out}), optionally {@code kits/}
 * (a kits folder of its own, else the built-in kits are used) and {@code expected/}: the out
 * folder the command must write, byte for byte. {@code mvn verify -Dgolden.update=true}
 * rewrites {@code expected/} from what kitgen renders now, so that a change to the documents is
 * reviewed as a diff.
 */
class GoldenTest {

    static final String UPDATE = "golden.update";

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicNode> everyCaseRendersAsItsExpectedFiles() throws IOException {
        Path root = Project.testResource("golden");
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(root)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).as("golden cases in " + root).isNotEmpty();
        return cases.stream().map(this::testCase);
    }

    private DynamicNode testCase(Path dir) {
        String name = dir.getFileName().toString();
        Map<String, byte[]> rendered = render(dir, tmp.resolve(name + "-1"));
        if (Boolean.getBoolean(UPDATE)) {
            update(dir.resolve("expected"), rendered);
        }
        Map<String, byte[]> expected = Folders.snapshot(dir.resolve("expected")).files();
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("writes exactly the expected files", () ->
                assertThat(rendered.keySet()).as("files written by " + name + " (to accept: mvn verify -D" + UPDATE + "=true)")
                        .containsExactlyElementsOf(expected.keySet())));
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> compare(name + "/expected/" + e.getKey(), e.getValue(),
                    rendered.get(e.getKey()))));
        }
        tests.add(DynamicTest.dynamicTest("every md and html file ends with exactly one newline", () -> {
            for (Map.Entry<String, byte[]> e : rendered.entrySet()) {
                String text = new String(e.getValue(), StandardCharsets.UTF_8);
                assertThat(text).as(e.getKey()).endsWith("\n").doesNotEndWith("\n\n");
            }
        }));
        tests.add(DynamicTest.dynamicTest("every html file is well-formed XHTML, as the PDF renderer needs", () -> {
            for (Map.Entry<String, byte[]> e : rendered.entrySet()) {
                if (e.getKey().endsWith(".html")) parseXml(e.getKey(), e.getValue());
            }
        }));
        tests.add(DynamicTest.dynamicTest("rendering twice gives identical bytes", () -> {
            Map<String, byte[]> again = render(dir, tmp.resolve(name + "-2"));
            assertThat(again.keySet()).containsExactlyElementsOf(rendered.keySet());
            for (String file : rendered.keySet()) {
                assertThat(again.get(file)).as(file).isEqualTo(rendered.get(file));
            }
        }));
        return DynamicContainer.dynamicContainer(name, tests);
    }

    /** Runs the case's command in a fresh folder and returns what it wrote below out/. */
    private static Map<String, byte[]> render(Path dir, Path cwd) {
        try {
            Files.createDirectories(cwd);
            if (Files.isDirectory(dir.resolve("kits"))) {
                Folders.copy(dir.resolve("kits"), cwd.resolve("kits"));
            }
            List<String> args = new ArrayList<>(Arrays.asList(Files.readString(dir.resolve("args")).strip().split("\\s+")));
            args.addAll(List.of("--out", "out"));
            CommandResult result = Kitgen.run(cwd, args.toArray(String[]::new));
            assertThat(result).succeeded().errIsEmpty();
            return Folders.snapshot(cwd.resolve("out")).files();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(Path expectedDir, Map<String, byte[]> rendered) {
        try {
            Folders.delete(expectedDir);
            for (Map.Entry<String, byte[]> e : rendered.entrySet()) {
                Path file = expectedDir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parseXml(String name, byte[] html) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        try {
            org.w3c.dom.Document doc = builder.parse(new java.io.ByteArrayInputStream(html));
            assertThat(doc.getDocumentElement().getNamespaceURI()).as(name).isEqualTo("http://www.w3.org/1999/xhtml");
        } catch (org.xml.sax.SAXParseException e) {
            fail("%s is not well-formed XML at line %d, column %d: %s", name, e.getLineNumber(), e.getColumnNumber(),
                    e.getMessage());
        }
    }

    /** Fails at the first line that differs, showing both, rather than printing two whole documents. */
    private static void compare(String name, byte[] expected, byte[] actual) {
        if (actual == null) {
            fail("%s was not written", name);
        }
        if (Arrays.equals(expected, actual)) return;
        String[] want = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] got = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) line++;
        fail("%s differs at line %d%n  expected: %s%n  rendered: %s%nIf the change is intended, run: mvn verify -D%s=true "
                        + "and review the diff of src/test/resources/golden",
                name, line + 1, line < want.length ? want[line] : "(end of file)",
                line < got.length ? got[line] : "(end of file)", UPDATE);
    }
}
