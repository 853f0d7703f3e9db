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
     * A kit {@code role} of {@code criteria} criteria, each with four short anchors, and
     * {@code stages} stages that each assess every criterion: with 200 and 50, the most the limits
     * allow, every scorecard rates 200 criteria and the packet holds 50 such scorecards.
     */
    public static String everyStageAssessesEveryCriterion(String role, int criteria, int stages) {
        StringBuilder kit = new StringBuilder("kit: 1\nid: " + role + "\nlang: en\nrole: R\nsummary: S\ncriteria:\n");
        for (int i = 0; i < criteria; i++) {
            kit.append("  - {id: c").append(i).append(", title: Title ").append(i)
                    .append(", anchors: {1: weak, 2: fair, 3: good, 4: strong}}\n");
        }
        kit.append("stages:\n");
        for (int s = 0; s < stages; s++) {
            kit.append("  - id: s").append(s).append("\n    title: Stage ").append(s).append("\n    assesses: [");
            for (int i = 0; i < criteria; i++) kit.append(i == 0 ? "" : ", ").append('c').append(i);
            kit.append("]\n");
        }
        return kit.toString();
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
