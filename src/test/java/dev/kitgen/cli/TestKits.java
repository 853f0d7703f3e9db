package dev.kitgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Small kits written into a test's working folder, so each test shows the YAML it checks. */
final class TestKits {

    /** A valid two-criterion, two-stage kit (src/test/resources/tiny/kit.yaml); tests change a line of it. */
    static final String TINY = resource("/tiny/kit.yaml");

    /** A complete Spanish translation of {@link #TINY}. */
    static final String TINY_ES = resource("/tiny/es.yaml");

    static String resource(String name) {
        try (var in = TestKits.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("no test resource " + name);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path cwd, String role, String file, String yaml) {
        dev.kitgen.hardening.KitFixture.write(cwd, role, file, yaml);
    }

    /** {@link #TINY} with one piece of text replaced; fails the test if the text is not there. */
    static String tiny(String from, String to) {
        if (!TINY.contains(from)) throw new IllegalArgumentException("TINY has no '" + from + "'");
        return TINY.replace(from, to);
    }

    private TestKits() {}
}
