package dev.kitgen.testing;

import dev.kitgen.validate.KitFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * The fullest kit the limits allow, with id {@code role}: {@value KitFormat#MAX_CRITERIA} criteria
     * on a scale of {@value KitFormat#MAX_SCALE_POINTS} ratings, each with a detail, a weight and an
     * anchor for every rating; {@value KitFormat#MAX_STAGES} stages that each assess every criterion
     * and ask {@code questions} questions; {@value KitFormat#MAX_RED_FLAGS} red flags and 50 tips.
     */
    public static String largest(String role, int questions) {
        StringBuilder kit = new StringBuilder("kit: 1\nid: " + role + "\nlang: en\nrole: Largest role\nsummary: A summary.\nscale:\n");
        for (int r = 1; r <= KitFormat.MAX_SCALE_POINTS; r++) kit.append("  ").append(r).append(": Rating ").append(r).append('\n');
        kit.append("criteria:\n");
        for (int i = 0; i < KitFormat.MAX_CRITERIA; i++) {
            kit.append("  - {id: c").append(i).append(", title: Criterion ").append(i)
                    .append(", detail: What to look for., weight: 2, anchors: {");
            for (int r = 1; r <= KitFormat.MAX_SCALE_POINTS; r++) kit.append(r == 1 ? "" : ", ").append(r).append(": Anchor");
            kit.append("}}\n");
        }
        kit.append("stages:\n");
        for (int s = 0; s < KitFormat.MAX_STAGES; s++) {
            kit.append("  - id: s").append(s).append("\n    title: Stage ").append(s)
                    .append("\n    minutes: 1440\n    run-by: An interviewer\n    summary: What the stage covers.\n    assesses: [");
            for (int i = 0; i < KitFormat.MAX_CRITERIA; i++) kit.append(i == 0 ? "" : ", ").append('c').append(i);
            kit.append("]\n    questions:\n");
            for (int q = 0; q < questions; q++) {
                kit.append("      - {id: q").append(q).append(", ask: What would you do, listen-for: An answer., assesses: [c")
                        .append(q % KitFormat.MAX_CRITERIA).append("]}\n");
            }
        }
        kit.append("tips:\n");
        for (int t = 0; t < 50; t++) kit.append("  - {id: t").append(t).append(", text: A tip.}\n");
        kit.append("red-flags:\n");
        for (int f = 0; f < KitFormat.MAX_RED_FLAGS; f++) {
            kit.append("  - {id: f").append(f).append(", text: A red flag., criterion: c").append(f).append("}\n");
        }
        return kit.toString();
    }

    /** Copies the shipped kit and its Spanish translation to {@code cwd/kits/ml-engineer}. */
    public static Path copyShipped(Path cwd) {
        return copyShippedAs(cwd, "ml-engineer");
    }

    /**
     * Copies the shipped kit and its Spanish translation to {@code cwd/kits/ROLE}, with the kit's id
     * changed to {@code role}. Only those two languages, which the tests' counts and file lists are
     * written for: the shipped kit's other translations would change them whenever one is added.
     */
    public static Path copyShippedAs(Path cwd, String role) {
        write(cwd, role, "kit.yaml", shippedAs(role));
        write(cwd, role, "es.yaml", shippedTranslation());
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
