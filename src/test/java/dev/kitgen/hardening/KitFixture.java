package dev.kitgen.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Kits laid out in a test's working folder: the shipped ml-engineer kit copied as it is, or
 * any bytes as the {@code kit.yaml} of a role, so that a test runs kitgen on what a hostile
 * pull request could contain.
 */
public final class KitFixture {

    /** The kit shipped in the repository, read from the project folder the tests run in. */
    public static final Path SHIPPED = Path.of("kits", "ml-engineer");

    public static String shippedKit() {
        return read(SHIPPED.resolve("kit.yaml"));
    }

    public static String shippedTranslation() {
        return read(SHIPPED.resolve("es.yaml"));
    }

    /** Copies the shipped kit and its translations to {@code cwd/kits/ml-engineer}. */
    public static Path copyShipped(Path cwd) {
        Path dir = cwd.resolve("kits/ml-engineer");
        try (Stream<Path> files = Files.list(SHIPPED)) {
            Files.createDirectories(dir);
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Writes {@code cwd/kits/ROLE/FILE} with the given text, creating the folders. */
    public static Path write(Path cwd, String role, String file, String text) {
        return write(cwd, role, file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path cwd, String role, String file, byte[] bytes) {
        Path path = cwd.resolve("kits").resolve(role).resolve(file);
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    /** The shipped kit with its id changed to {@code role}, to be written as that role's kit. */
    public static String shippedAs(String role) {
        return shippedKit().replaceFirst("(?m)^id: ml-engineer$", "id: " + role);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private KitFixture() {}
}
