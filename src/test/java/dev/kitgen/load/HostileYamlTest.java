package dev.kitgen.load;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Measured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Stream;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Hostile and broken YAML, as a pull request could bring it. Each file is turned away by both
 * {@code validate} and {@code render}: exit 1, a located {@code file:line:col: error:} message,
 * no stack trace, nothing written, and within a bound of allocated memory: the work is bounded by
 * what the JVM counts, never by the clock.
 */
class HostileYamlTest {

    /**
     * What turning one file away may allocate (garbage included): reading 100,000 values takes
     * about 115 MiB. The alias bomb and the 50 MB file have tighter bounds of their own below.
     */
    private static final long MAX_ALLOCATED_MIB = 160;

    @TempDir
    Path cwd;

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                arguments("a syntax error", "kit: 1\nid: x\n  bad: [\n",
                        "3:6", "YAML syntax: mapping values are not allowed here"),
                arguments("a tab for indentation", "kit: 1\ncriteria:\n\t- id: a\n",
                        "3:1", "indent with spaces, not tabs"),
                arguments("a duplicate key", "kit: 1\nid: x\nkit: 1\n",
                        "3:1", "duplicate key 'kit' (first written at line 1)"),
                arguments("an alias bomb (billion laughs)", billionLaughs(),
                        "7:12", "aliases expand to more than 100000 values"),
                arguments("more than 50 aliases", "kit: 1\nword: &w [x]\nrole: ["
                                + String.join(", ", Collections.nCopies(51, "*w")) + "]\n",
                        "3:208", "more than 50 aliases"),
                arguments("aliases that double at each step", doublingAliases(),
                        "", "aliases expand to more than 100000 values"),
                arguments("an alias without its anchor", "kit: 1\nrole: *nope\n",
                        "2:7", "alias '*nope' refers to no list or mapping anchored as '&nope'"),
                arguments("an alias of a single value", "kit: 1\nid: &id x\nrole: *id\n",
                        "3:7", "alias '*id' refers to no list or mapping anchored as '&id'"),
                arguments("an alias inside its own anchor", "kit: 1\nrole: &me [*me]\n",
                        "2:12", "alias '*me' refers to no list or mapping"),
                arguments("nesting 10,000 deep in flow lists",
                        "kit: 1\nrole:\n" + " [\n".repeat(10_000) + " ]\n".repeat(10_000),
                        "66:2", "nesting is deeper than 64 levels"),
                arguments("nesting 10,000 deep in flow mappings",
                        "kit: 1\nrole:\n" + " {a:\n".repeat(10_000) + " b\n" + " }\n".repeat(10_000),
                        "66:2", "nesting is deeper than 64 levels"),
                arguments("nesting 9,000 deep in block lists", "kit: 1\nrole:\n" + "- ".repeat(9_000) + "x\n",
                        "3:127", "nesting is deeper than 64 levels"),
                arguments("invalid UTF-8", "kit: 1\nrole: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
                        "2:10", "not valid UTF-8"),
                arguments("UTF-16 with its byte-order mark", "kit: 1\n".getBytes(StandardCharsets.UTF_16),
                        "1:1", "not valid UTF-8"),
                arguments("an empty file", "", "1:1", "file is empty"),
                arguments("only a comment", "# nothing yet\n", "1:1", "file is empty"),
                arguments("a list where the kit mapping belongs", "- kit: 1\n- id: x\n",
                        "1:1", "expected kit as a mapping"),
                arguments("a list where a criterion mapping belongs", KitFixtures.shippedAs("x")
                                .replaceFirst("criteria:\n", "criteria:\n  - [engineering, production]\n"),
                        "14:5", "expected criterion as a mapping"),
                arguments("a text where the criteria list belongs", "kit: 1\ncriteria: engineering\n",
                        "2:11", "'criteria' in kit.yaml must be a list of criterions"),
                arguments("a list used as a key", "kit: 1\n? [a, b]\n: c\n",
                        "2:4", "a key must be a plain word"),
                arguments("a mapping used as a key", "kit: 1\n? {a: b}\n: c\n",
                        "2:4", "a key must be a plain word"),
                arguments("a number and a boolean as keys", "kit: 1\n1: x\ntrue: y\n",
                        "2:1", "unknown key '1' in kit.yaml"),
                arguments("an explicit !!java.net.URL tag", "kit: 1\nrole: !!java.net.URL http://127.0.0.1:9/\n",
                        "2:7", "YAML tags such as '!!java.net.URL' are not allowed"),
                arguments("a gadget chain of tags",
                        "kit: 1\nrole: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                                + "[[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\n",
                        "2:7", "YAML tags such as '!!javax.script.ScriptEngineManager' are not allowed"),
                arguments("a local tag", "kit: 1\nrole: !custom text\n",
                        "2:7", "YAML tags such as '!custom' are not allowed"),
                arguments("two documents in one file", KitFixtures.shippedAs("x") + "---\nkit: 2\n",
                        "348:1", "a second YAML document"),
                arguments("a line of 30,000 characters", "kit: 1\nsummary: " + "a".repeat(30_000) + "\n",
                        "2:20001", "line is longer than 20000 characters"),
                arguments("more than 100,000 values", "kit: 1\nrole: [" + "x, ".repeat(4_000) + "x,\n"
                                + ("  " + "x, ".repeat(4_000) + "\n").repeat(25) + "  x]\n",
                        "", "more than 100000 values in one file"),
                arguments("minutes that overflow the total", KitFixtures.shippedAs("x")
                                .replace("minutes: 45", "minutes: 2147483647"),
                        "146:14", "must be at most 1440; write 'days' for a stage longer than a day"),
                arguments("an id too long to name a file", KitFixtures.shippedAs("x")
                                .replace("  - id: system-design", "  - id: " + "x".repeat(300)),
                        "187:9", "id is 300 characters long; an id has at most 64"),
                arguments("a control character", "kit: 1\nrole: a\u0007b\n",
                        "2:8", "character U+0007 is not allowed in a YAML file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileKitFileIsTurnedAwayWithALocatedError(String name, Object content, String at, String message) {
        KitFixtures.write(cwd, "x", "kit.yaml", bytes(content));

        for (String command : new String[]{"validate", "render"}) {
            Measured run = Measured.run(cwd, command, "x");

            assertThat(run.result()).failedValidation().hasNoStackTrace().errContains(message);
            assertThat(run.result().err()).as(command + " names the file, line and column")
                    .containsPattern("(?m)^kits/x/kit\\.yaml:\\d+:\\d+: error: ")
                    .contains("kits/x/kit.yaml:" + at);
            assertThat(run.allocatedMiB()).as(command + " allocated MiB").isLessThan(MAX_ALLOCATED_MIB);
        }
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void aFileOf50MegabytesIsNotReadAtAll() throws IOException {
        Path kit = cwd.resolve("kits/x/kit.yaml");
        Files.createDirectories(kit.getParent());
        try (OutputStream out = Files.newOutputStream(kit)) {
            out.write("kit: 1\nsummary: \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "lorem ipsum ".repeat(1024).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"\n".getBytes(StandardCharsets.UTF_8));
        }

        Measured run = Measured.run(cwd, "render", "x");

        assertThat(run.result()).failedValidation().hasNoStackTrace()
                .errContains("kits/x/kit.yaml:1:1: error: file is larger than 2 MiB");
        assertThat(run.allocatedMiB()).as("allocated MiB").isLessThan(8);
        System.out.println("50 MB file: " + run);
    }

    @Test
    void aFileJustUnderTheSizeLimitIsReadInBoundedMemory() {
        StringBuilder kit = new StringBuilder(KitFixtures.shippedAs("x")).append("tips:\n");
        for (int i = 0; kit.length() < YamlLoader.MAX_FILE_BYTES - 20_000; i++) {
            kit.append("  - id: extra-").append(i).append("\n    text: ").append("word ".repeat(3000)).append('\n');
        }
        KitFixtures.write(cwd, "x", "kit.yaml", kit.toString());

        Measured run = Measured.run(cwd, "validate", "x");

        // The shipped kit already has tips: the second 'tips' key is the one error.
        assertThat(run.result()).failedValidation().hasNoStackTrace().errContains("duplicate key 'tips'");
        assertThat(run.allocatedMiB()).as("allocated MiB").isLessThan(256);
        System.out.println("2 MiB file: " + run);
    }

    @Test
    void theAliasBombStopsAtTheValueLimitInBoundedMemory() {
        KitFixtures.write(cwd, "x", "kit.yaml", billionLaughs());

        Measured run = Measured.run(cwd, "render", "x");

        // 9^9 values if expanded; the loader counts them and stops at its limit.
        assertThat(run.result()).failedValidation().hasNoStackTrace()
                .errContains("aliases expand to more than 100000 values");
        assertThat(run.allocatedMiB()).isLessThan(16);
        System.out.println("alias bomb: " + run);
    }

    @Test
    void anAliasWithinTheLimitsStandsForItsAnchor() {
        String kit = KitFixtures.shippedAs("x")
                .replaceFirst("    assesses: \\[ml-fundamentals]", "    assesses: &basics [ml-fundamentals]")
                .replaceFirst("(?s)(id: system-design.*?)assesses: \\[[^]]*]", "$1assesses: *basics");
        assertThat(kit).contains("&basics", "*basics");
        KitFixtures.write(cwd, "x", "kit.yaml", kit);

        CommandResult result = Kitgen.run(cwd, "render", "x", "--doc", "scorecard", "--format", "md");

        assertThat(result).succeeded().hasNoStackTrace();
        assertThat(cwd.resolve("out/x/en/scorecard-system-design.md")).content()
                .contains("ML fundamentals").doesNotContain("basics");
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] kit = KitFixtures.shippedAs("x").getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + kit.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(kit, 0, both, bom.length, kit.length);
        KitFixtures.write(cwd, "x", "kit.yaml", both);

        assertThat(Kitgen.run(cwd, "validate", "x")).succeeded().errContains("no problems");
    }

    @Test
    void aBrokenTranslationIsLocatedInTheTranslation() {
        KitFixtures.write(cwd, "x", "kit.yaml", KitFixtures.shippedAs("x"));
        KitFixtures.write(cwd, "x", "es.yaml", billionLaughs());

        CommandResult result = Kitgen.run(cwd, "render", "x");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("kits/x/es.yaml:7:12: error: aliases expand to more than 100000 values");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void aBrokenUserMessageCatalogIsLocatedInTheCatalog() throws IOException {
        KitFixtures.copyShipped(cwd);
        Path catalog = cwd.resolve("templates/messages/es.yaml");
        Files.createDirectories(catalog.getParent());
        Files.writeString(catalog, "labels:\n  lookFor: [unclosed\n");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/messages/es.yaml:3:1: error: YAML syntax");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    /** Nine levels, each list holding nine aliases of the level before: 9^9 values if expanded. */
    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("kit: 1\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("lol").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        return yaml.append("role: *a9\n").toString();
    }

    /** Two aliases per step stay under the alias count, but double the values at each step. */
    static String doublingAliases() {
        StringBuilder yaml = new StringBuilder("kit: 1\nd0: &d0 [x, x]\n");
        for (int i = 1; i <= 24; i++) {
            yaml.append('d').append(i).append(": &d").append(i).append(" [*d").append(i - 1)
                    .append(", *d").append(i - 1).append("]\n");
        }
        return yaml.toString();
    }

    private static byte[] bytes(Object content) {
        return content instanceof byte[] b ? b : ((String) content).getBytes(StandardCharsets.UTF_8);
    }
}
