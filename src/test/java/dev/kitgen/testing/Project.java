package dev.kitgen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project folder and the files in it. Its place comes from the {@code basedir} system
 * property, which Surefire and Failsafe set, never from the working folder. Tests read their
 * fixtures from the sources rather than from target/test-classes, so that
 * {@code -Dgolden.update=true} can rewrite them in place.
 */
public final class Project {

    /** The project folder; fails if the {@code basedir} system property does not name it. */
    public static Path folder() {
        String basedir = System.getProperty("basedir");
        if (basedir == null || basedir.isBlank()) {
            throw new IllegalStateException("the system property 'basedir' is not set: run the tests with Maven, whose "
                    + "Surefire and Failsafe set it to the project folder, or pass -Dbasedir=<the project folder>");
        }
        Path dir = Path.of(basedir).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
            throw new IllegalStateException("the system property 'basedir' is " + dir
                    + ", which has no pom.xml: it must name the project folder");
        }
        return dir;
    }

    /** A file or folder of the project, by its path relative to the project folder ('/' between names). */
    public static Path path(String relative) {
        return folder().resolve(relative);
    }

    /** A file or folder below src/test/resources, by its path relative to that folder. */
    public static Path testResource(String relative) {
        return path("src/test/resources").resolve(relative);
    }

    /** The text of a file of the project, read as UTF-8: a shipped kit or template, or a test resource. */
    public static String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Project() {}
}
