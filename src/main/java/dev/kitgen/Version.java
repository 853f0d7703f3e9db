package dev.kitgen;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** kitgen's version, as the build wrote it. */
public final class Version {

    public static String get() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/kitgen/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // Falls through to "unknown": the version is informative only.
        }
        return p.getProperty("version", "unknown");
    }

    private Version() {}
}
