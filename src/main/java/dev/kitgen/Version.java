package dev.kitgen;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** kitgen's version and the git commit it was built from, as the build wrote them. */
public final class Version {

    private static final Properties BUILT = load();

    /** The version, such as {@code 0.1.0}; documents name their generator with it. */
    public static String get() {
        return BUILT.getProperty("version", "unknown");
    }

    /**
     * The commit kitgen was built from, as its first 7 hex digits, or {@code unknown} for a build
     * outside a git clone (such as from a source archive).
     */
    public static String commit() {
        return shortCommit(BUILT.getProperty("commit"));
    }

    /** What {@code kitgen --version} names: {@code 0.1.0 (abc1234)}. */
    public static String describe() {
        return get() + " (" + commit() + ")";
    }

    /**
     * The build records the whole hash, so that the jar is the same for a commit whatever clone
     * built it (git abbreviates a hash as long as the clone's objects require); a value that is
     * not a hash, such as the unexpanded placeholder, is unknown.
     */
    static String shortCommit(String recorded) {
        return recorded != null && recorded.matches("[0-9a-f]{40}|[0-9a-f]{64}") ? recorded.substring(0, 7) : "unknown";
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/kitgen/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // Falls through to "unknown": the version is informative only.
        }
        return p;
    }

    private Version() {}
}
