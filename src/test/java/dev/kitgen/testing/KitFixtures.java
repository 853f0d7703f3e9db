package dev.kitgen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Kits for tests, written into a test's working folder as {@code kits/ROLE/FILE}, so that each
 * test shows the YAML it checks: the small kit {@code tiny}, the shipped ml-engineer kit, or any
 * bytes a hostile pull request could contain.
 */
public final class KitFixtures {

    /** A valid two-criterion, two-stage kit (src/test/resources/tiny/kit.yaml); tests change a line of it. */
    public static final String TINY = Project.read("src/test/resources/tiny/kit.yaml");

    /** A complete Spanish translation of {@link #TINY}. */
    public static final String TINY_ES = Project.read("src/test/resources/tiny/es.yaml");

    /** The folder of the kit shipped in the repository. */
    private static final String SHIPPED = "kits/ml-engineer";

    /** {@link #TINY} with one piece of text replaced; fails the test if the text is not there. */
    public static String tiny(String from, String to) {
        if (!TINY.contains(from)) throw new IllegalArgumentException("TINY has no '" + from + "'");
        return TINY.replace(from, to);
    }

    /** The shipped kit's kit.yaml. */
    public static String shippedKit() {
        return Project.read(SHIPPED + "/kit.yaml");
    }

    /** The shipped kit's Spanish translation. */
    public static String shippedTranslation() {
        return Project.read(SHIPPED + "/es.yaml");
    }

    /** The shipped kit with its id changed to {@code role}, to be written as that role's kit. */
    public static String shippedAs(String role) {
        return shippedKit().replaceFirst("(?m)^id: ml-engineer$", "id: " + role);
    }

    /** Copies the shipped kit and its translations to {@code cwd/kits/ml-engineer}. */
    public static Path copyShipped(Path cwd) {
        return copyShippedAs(cwd, "ml-engineer");
    }

    /** Copies the shipped kit and its translations to {@code cwd/kits/ROLE}, with the kit's id changed to {@code role}. */
    public static Path copyShippedAs(Path cwd, String role) {
        try (Stream<Path> files = Files.list(Project.path(SHIPPED))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("kit.yaml")) {
                    write(cwd, role, name, shippedAs(role));
                } else {
                    write(cwd, role, name, Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cwd.resolve("kits").resolve(role);
    }

    /**
     * Writes the kits {@code role-0} … {@code role-(roles-1)} to {@code cwd/kits}, each with 50
     * stages that assess its one criterion, titled {@code criterion}: a short render that makes
     * many small documents, so a long write to stop in the middle of (50 scorecards a role).
     */
    public static void manySmallDocuments(Path cwd, int roles, String criterion) {
        StringBuilder stages = new StringBuilder();
        for (int s = 0; s < 50; s++) stages.append("  - {id: s").append(s).append(", title: Stage, assesses: [c]}\n");
        for (int i = 0; i < roles; i++) {
            write(cwd, "role-" + i, "kit.yaml", "kit: 1\nid: role-" + i
                    + "\nlang: en\nrole: R\nsummary: S\ncriteria:\n  - {id: c, title: " + criterion + "}\nstages:\n" + stages);
        }
    }

    /** Writes {@code cwd/kits/ROLE/FILE} with the given text, creating the folders; returns its path. */
    public static Path write(Path cwd, String role, String file, String text) {
        return write(cwd, role, file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code cwd/kits/ROLE/FILE} with the given bytes, creating the folders; returns its path. */
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

    private KitFixtures() {}
}
