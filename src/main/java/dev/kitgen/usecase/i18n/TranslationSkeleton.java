package dev.kitgen.usecase.i18n;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.IoMessages;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.files.FolderFile;
import dev.kitgen.load.Node;
import dev.kitgen.load.YamlLoader;
import dev.kitgen.localize.TranslationCoverage;
import dev.kitgen.model.Kit;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Text;
import dev.kitgen.printer.YamlText;
import dev.kitgen.usecase.Kits;
import dev.kitgen.usecase.SchemaLine;
import dev.kitgen.validate.KitFormat;
import dev.kitgen.write.OutputFile;
import dev.kitgen.write.OutputWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a translation file with every text of the kit to translate, the source text beside
 * each as a comment. When the file exists, what it translates is kept (and so are stale texts,
 * marked, for the translator to move), and so are the translator's own comment lines above
 * any key; only what is missing is added, as empty texts.
 */
public final class TranslationSkeleton {

    /** What was written: the file, and how many texts were added and kept. */
    public record Result(Path file, int added, int kept) {}

    public Result write(SkeletonRequest request) {
        if (request.kits().builtIn()) {
            throw new UsageException("the built-in kits cannot be changed; copy the role into ./kits first with "
                    + "'kitgen new " + request.role() + " --from " + request.role() + "'");
        }
        Diagnostics diagnostics = new Diagnostics();
        KitBundle bundle = new Kits(request.kits()).read(request.role(), diagnostics)
                .orElseThrow(() -> new KitgenException(diagnostics.sorted()));
        Kit kit = bundle.kit();
        if (request.lang().equals(kit.lang())) {
            throw new UsageException("kit.yaml of '" + request.role() + "' is written in '" + kit.lang()
                    + "'; name the language to translate it into, such as --lang es");
        }
        String relative = request.role() + "/" + request.lang() + ".yaml";
        Path file = request.kits().resolve(relative).orElseThrow();
        Existing old = Files.isRegularFile(file) ? Existing.read(file, request.kits().show(relative), kit.lang().tag())
                : new Existing(Map.of(), Map.of());
        Map<String, String> existing = old.texts();
        int kept = (int) kit.texts().stream().filter(t -> !existing.getOrDefault(t.key(), "").isEmpty()).count();
        int added = kit.texts().size() - (int) kit.texts().stream().filter(t -> existing.containsKey(t.key())).count();
        if (added == 0 && Files.isRegularFile(file)) {
            return new Result(file, 0, kept);
        }
        String yaml = header(request, bundle) + tree(kit, existing).write(old.notes());
        try {
            new OutputWriter(request.kits().root()).write(List.of(OutputFile.text(relative, yaml)));
        } catch (IOException e) {
            throw IoMessages.failed("write the translation", request.kits().show(relative), e);
        }
        return new Result(file, added, kept);
    }

    /** The schema line, a comment for the translator, and the {@code kit} and {@code lang} keys. */
    private static String header(SkeletonRequest request, KitBundle bundle) {
        Path dir = request.kits().resolve(request.role().value()).orElseThrow();
        return SchemaLine.forFile(dir, request.templates(), "translation") + "\n"
                + "# The " + request.lang() + " translation of kit.yaml: translate each text in place. "
                + "An empty text\n# falls back along " + TranslationCoverage.of(bundle, request.lang()).chainText()
                + ". 'kitgen i18n status' shows what is left.\n"
                + "kit: " + KitFormat.VERSION + "\n"
                + YamlText.entry(0, "lang", request.lang().tag());
    }

    /** Every text of the kit, translated or empty, then the texts of the file that the kit no longer has. */
    private static Tree tree(Kit kit, Map<String, String> existing) {
        Tree tree = new Tree();
        for (Text text : kit.texts()) {
            tree.put(text.key(), new Leaf(existing.getOrDefault(text.key(), ""), kit.lang().tag(), text.value()));
        }
        existing.forEach((key, value) -> {
            if (tree.get(key) == null) {
                tree.put(key, new Leaf(value, "stale", "kit.yaml has no text '" + key + "'; move this text to the "
                        + "id kit.yaml uses now, or remove it"));
            }
        });
        return tree;
    }

    /**
     * What a translation file holds: its texts by key, such as {@code criteria.engineering.title},
     * and the comment lines of its translator above any key (a text's or a mapping's), by key.
     */
    private record Existing(Map<String, String> texts, Map<String, List<String>> notes) {

        static Existing read(Path file, String display, String sourceLang) {
            Diagnostics diagnostics = new Diagnostics();
            Node root = new YamlLoader().load(FolderFile.onDisk(file), display, diagnostics)
                    .orElseThrow(() -> new KitgenException(diagnostics.sorted()));
            List<String> lines;
            try {
                lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw IoMessages.failed("read the translation", display, e);
            }
            Existing existing = new Existing(new LinkedHashMap<>(), new LinkedHashMap<>());
            if (root instanceof Node.Mapping m) {
                for (Node.Entry e : m.entries()) {
                    if (!e.key().equals("kit") && !e.key().equals("lang")) existing.collect(e.key(), e, lines, sourceLang);
                }
            }
            return existing;
        }

        private void collect(String key, Node.Entry entry, List<String> lines, String sourceLang) {
            List<String> above = notesAbove(lines, entry.keyLocation().line(), sourceLang);
            if (!above.isEmpty()) notes.put(key, above);
            if (entry.value() instanceof Node.Mapping m) {
                m.entries().forEach(e -> collect(key + "." + e.key(), e, lines, sourceLang));
            } else if (entry.value() instanceof Node.Scalar s) {
                texts.put(key, s.value() == null ? "" : s.value().strip());
            }
        }

        /**
         * The comment lines right above line {@code keyLine} (1-based), without indentation and
         * without those a skeleton writes itself ({@code # en: source text}, {@code # stale: …}
         * and their continuation lines), which are written anew.
         */
        private static List<String> notesAbove(List<String> lines, int keyLine, String sourceLang) {
            int first = keyLine - 1;
            while (first > 0 && lines.get(first - 1).strip().startsWith("#")) first--;
            List<String> notes = new java.util.ArrayList<>();
            boolean generated = false;
            for (int i = first; i < keyLine - 1; i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("# " + sourceLang + ": ") || line.startsWith("# stale: ")) {
                    generated = true;
                } else if (!(generated && line.startsWith("#  "))) {
                    generated = false;
                    notes.add(line);
                }
            }
            return notes;
        }
    }

    /** A text to write, with a comment {@code # label: comment} above it. */
    private record Leaf(String value, String label, String comment) {}

    /** Keys split at their dots into nested mappings, in the order they were first put. */
    private static final class Tree {
        private final Map<String, Object> children = new LinkedHashMap<>();

        void put(String key, Leaf leaf) {
            int dot = key.indexOf('.');
            if (dot < 0) {
                children.put(key, leaf);
            } else {
                Object child = children.computeIfAbsent(key.substring(0, dot), k -> new Tree());
                if (child instanceof Tree t) t.put(key.substring(dot + 1), leaf);
            }
        }

        Leaf get(String key) {
            int dot = key.indexOf('.');
            Object child = children.get(dot < 0 ? key : key.substring(0, dot));
            if (dot < 0) return child instanceof Leaf l ? l : null;
            return child instanceof Tree t ? t.get(key.substring(dot + 1)) : null;
        }

        /** The tree as YAML; {@code notes} are the translator's comment lines by key, put back above their keys. */
        String write(Map<String, List<String>> notes) {
            StringBuilder out = new StringBuilder();
            write(out, 0, "", notes);
            return out.toString();
        }

        private void write(StringBuilder out, int indent, String prefix, Map<String, List<String>> notes) {
            for (Map.Entry<String, Object> e : children.entrySet()) {
                String key = prefix + e.getKey();
                if (indent == 0 && e.getValue() instanceof Tree) out.append('\n');
                for (String note : notes.getOrDefault(key, List.of())) out.append(" ".repeat(indent)).append(note).append('\n');
                if (e.getValue() instanceof Leaf leaf) {
                    out.append(YamlText.comment(indent, leaf.label(), leaf.comment()));
                    out.append(YamlText.entry(indent, e.getKey(), leaf.value()));
                } else {
                    out.append(" ".repeat(indent)).append(e.getKey()).append(":\n");
                    ((Tree) e.getValue()).write(out, indent + 2, key + ".", notes);
                }
            }
        }
    }
}
