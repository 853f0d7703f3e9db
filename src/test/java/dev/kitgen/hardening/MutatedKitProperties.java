package dev.kitgen.hardening;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped kit and its translation, mutated at random the way careless or hostile edits
 * would: keys dropped or misspelt, values of another type, hostile strings, lists and mappings
 * reordered or repeated, and raw text damage (lines cut, swapped or indented with tabs). Whatever
 * comes out, kitgen ends with exit 0, 1 or 2, says why when it fails, and shows no stack trace.
 * A failing try prints its seed; the same seed reproduces it.
 */
class MutatedKitProperties {

    private static final List<Object> HOSTILE = List.of(
            "<script>alert(1)</script>", "../../etc/passwd", "", " ", "\u0000", "# heading", "| a | b |",
            "{{doc.title}}", "{{{summary}}}", "*alias", "&anchor", "!!java.net.URL", "👩🏽‍💻", "עברית",
            "x".repeat(5_000), "-1", "0", "2147483648", "1e309", "NaN", "true", "null", "~", "ml-engineer",
            "ML Engineer", "es", "en", "es-MX", "../es", -1, 0, 1, 2, 99999999999L, 3.5, true, false,
            List.of(), Map.of(), List.of("a", 1), Map.of("id", "x"));

    private static final List<String> KEYS = List.of("kit", "id", "lang", "role", "summary", "scale", "criteria",
            "stages", "tips", "red-flags", "title", "detail", "weight", "anchors", "minutes", "days", "run-by",
            "assesses", "questions", "ask", "listen-for", "text", "criterion", "asseses", "1", "5", "<<");

    @Property(tries = 200)
    void aMutatedKitNeverCrashesKitgen(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int mutations)
            throws IOException {
        Random random = new Random(seed);
        Path cwd = Files.createTempDirectory("kitgen-mutated");
        try {
            String kit = mutate(KitFixtures.shippedKit(), random, mutations);
            String es = random.nextInt(3) == 0 ? mutate(KitFixtures.shippedTranslation(), random, mutations)
                    : KitFixtures.shippedTranslation();
            KitFixtures.write(cwd, "ml-engineer", "kit.yaml", kit);
            KitFixtures.write(cwd, "ml-engineer", "es.yaml", es);

            for (String[] args : List.of(new String[]{"validate", "ml-engineer"}, new String[]{"render", "ml-engineer"},
                    new String[]{"list"})) {
                CommandResult result = Kitgen.run(cwd, args);
                Statistics.label(args[0] + " exit code").collect(result.exitCode());

                assertThat(result.exitCode()).as("exit code of %s (seed %d)", args[0], seed).isIn(0, 1, 2);
                assertThat(result).hasNoStackTrace();
                assertThat(result.err()).as("seed %d", seed).doesNotContain("internal error");
                if (result.exitCode() != 0 && !args[0].equals("list")) {
                    assertThat(result.err()).as("a failed run says why (seed %d)", seed)
                            .containsPattern("(?m)^(kits/ml-engineer/\\S+: error: |kitgen: error: )");
                }
            }
        } finally {
            Folders.delete(cwd);
        }
    }

    /** Applies {@code count} random mutations to a YAML text: mostly to its tree, sometimes to its raw lines. */
    static String mutate(String yaml, Random random, int count) {
        if (random.nextInt(4) == 0) {
            return mutateLines(yaml, random, count);
        }
        Object tree = new Yaml(new LoaderOptions()).load(yaml);
        for (int i = 0; i < count; i++) {
            tree = mutateTree(tree, random);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(random.nextBoolean() ? DumperOptions.FlowStyle.BLOCK : DumperOptions.FlowStyle.FLOW);
        options.setWidth(120);
        return new Yaml(options).dump(tree);
    }

    /** One mutation at a random node of the tree; returns the (possibly replaced) root. */
    @SuppressWarnings("unchecked")
    private static Object mutateTree(Object root, Random random) {
        List<Object> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) return hostile(random);
        Object target = containers.get(random.nextInt(containers.size()));
        if (target instanceof Map<?, ?> m) {
            Map<Object, Object> map = (Map<Object, Object>) m;
            List<Object> keys = new ArrayList<>(map.keySet());
            if (keys.isEmpty()) {
                map.put(pick(KEYS, random), hostile(random));
                return root;
            }
            Object key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(6)) {
                case 0 -> map.remove(key);
                case 1 -> map.put(key, hostile(random));
                case 2 -> {
                    Object value = map.remove(key);
                    map.put(pick(KEYS, random), value);
                }
                case 3 -> {
                    Collections.shuffle(keys, random);
                    Map<Object, Object> reordered = new LinkedHashMap<>();
                    keys.forEach(k -> reordered.put(k, map.get(k)));
                    map.clear();
                    map.putAll(reordered);
                }
                case 4 -> map.put(random.nextInt(5), hostile(random));
                default -> map.put(key, map.get(key) instanceof String s ? s + hostile(random)
                        : new ArrayList<>(Collections.singletonList(map.get(key))));
            }
        } else {
            List<Object> list = (List<Object>) target;
            if (list.isEmpty()) {
                list.add(hostile(random));
                return root;
            }
            int i = random.nextInt(list.size());
            switch (random.nextInt(5)) {
                case 0 -> list.remove(i);
                case 1 -> list.set(i, hostile(random));
                case 2 -> list.add(copy(list.get(i)));
                case 3 -> Collections.shuffle(list, random);
                default -> list.add(random.nextInt(list.size() + 1), hostile(random));
            }
        }
        return root;
    }

    /** Raw damage that no tree can express: lines lost, swapped, repeated, or indented with tabs. */
    private static String mutateLines(String yaml, Random random, int count) {
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        for (int n = 0; n < count && !lines.isEmpty(); n++) {
            int i = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(i);
                case 1 -> Collections.swap(lines, i, random.nextInt(lines.size()));
                case 2 -> lines.add(i, lines.get(i));
                case 3 -> lines.set(i, lines.get(i).replaceFirst("^ {2}", "\t"));
                case 4 -> lines.set(i, lines.get(i).substring(0, random.nextInt(lines.get(i).length() + 1)));
                default -> lines.set(i, lines.get(i) + " " + hostile(random));
            }
        }
        return String.join("\n", lines);
    }

    private static void collect(Object node, List<Object> containers) {
        if (node instanceof Map<?, ?> m) {
            containers.add(m);
            m.values().forEach(v -> collect(v, containers));
        } else if (node instanceof List<?> l) {
            containers.add(l);
            l.forEach(v -> collect(v, containers));
        }
    }

    /** A hostile value; containers from {@link #HOSTILE} are immutable and shared, so each use gets its own copy. */
    private static Object hostile(Random random) {
        return copy(pick(HOSTILE, random));
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> m) return new LinkedHashMap<>(m);
        if (value instanceof List<?> l) return new ArrayList<>(l);
        return value;
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
