package dev.kitgen.validate;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.files.Folder;
import dev.kitgen.load.Node;
import dev.kitgen.load.YamlLoader;
import dev.kitgen.model.Kit;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the roles of a kits folder and reads one role's kit and translations, validated. */
public final class KitReader {

    public static final String KIT_FILE = "kit.yaml";

    private final Folder kits;
    private final YamlLoader yaml = new YamlLoader();

    public KitReader(Folder kits) {
        this.kits = kits;
    }

    public Folder folder() {
        return kits;
    }

    /** Every folder holding a {@code kit.yaml}, by name. */
    public List<String> roles() {
        if (!Files.isDirectory(kits.root())) return List.of();
        try (Stream<Path> dirs = Files.list(kits.root())) {
            return dirs.map(p -> p.getFileName().toString().replace("/", ""))
                    .filter(name -> MappingReader.ID.matcher(name).matches())
                    .filter(name -> kits.has(name + "/" + KIT_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that {@code role} names a kit of this folder, throwing a usage problem that lists the
     * known roles when it does not.
     */
    public void requireRole(String role) {
        requireRoleId(role);
        if (!kits.has(role + "/" + KIT_FILE)) {
            List<String> known = roles();
            throw new UsageException("unknown role '" + role + "' in " + kits.display()
                    + Suggest.hint(role, known)
                    + (known.isEmpty() ? "; the folder has no kits" : "; known roles: " + Suggest.list(known)));
        }
    }

    /**
     * Checks that {@code lang} is a language tag such as {@code es} or {@code es-MX}: it names
     * an output folder and a translation file, so nothing else may pass.
     */
    /** Checks that {@code role} can name a kit's folder, whether or not the kit exists yet. */
    public static void requireRoleId(String role) {
        if (!MappingReader.ID.matcher(role).matches()) {
            throw new UsageException("'" + role + "' is not a role id; write lowercase letters, digits and single "
                    + "hyphens, such as 'data-engineer'");
        }
    }

    public static void requireLanguage(String lang) {
        if (!MappingReader.LANG.matcher(lang).matches()) {
            throw new UsageException("'" + lang + "' is not a language tag; write one such as 'es' or 'es-MX'");
        }
    }

    /** Reads and validates a role's kit and translations; empty if any of them has an error. */
    public Optional<KitBundle> read(String role, Diagnostics diagnostics) {
        requireRole(role);
        Diagnostics mine = new Diagnostics();
        String kitFile = role + "/" + KIT_FILE;
        Optional<Node> root = file(kitFile, mine).flatMap(path -> yaml.load(path, kits.show(kitFile), mine));
        if (root.isEmpty()) {
            diagnostics.addAll(mine);
            return Optional.empty();
        }
        Kit kit = KitValidator.validate(root.get(), role, mine);
        Map<String, Translation> translations = new LinkedHashMap<>();
        if (!mine.hasErrors()) {
            for (String lang : translationLanguages(role, mine)) {
                String file = role + "/" + lang + ".yaml";
                file(file, mine).flatMap(path -> yaml.load(path, kits.show(file), mine))
                        .map(node -> TranslationValidator.validate(node, kit, lang, mine))
                        .ifPresent(t -> translations.put(lang, t));
            }
        }
        diagnostics.addAll(mine);
        return mine.hasErrors() ? Optional.empty() : Optional.of(new KitBundle(kit, translations));
    }

    /** A file of the kit, or empty with the reason reported: absent, not a file, or leading outside the folder. */
    private Optional<Path> file(String relative, Diagnostics diagnostics) {
        try {
            Optional<Path> path = kits.file(relative);
            if (path.isEmpty()) {
                diagnostics.error(Location.ofFile(kits.show(relative)), "not read: not a regular file");
            }
            return path;
        } catch (KitgenException e) {
            e.diagnostics().forEach(diagnostics::add);
            return Optional.empty();
        }
    }

    private List<String> translationLanguages(String role, Diagnostics diagnostics) {
        Path dir = kits.resolve(role).orElseThrow();
        List<String> langs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString().replace("/", "");
                if (name.equals(KIT_FILE) || !(name.endsWith(".yaml") || name.endsWith(".yml"))) continue;
                String lang = name.substring(0, name.lastIndexOf('.'));
                if (!name.endsWith(".yaml") || !MappingReader.LANG.matcher(lang).matches()) {
                    diagnostics.warning(Location.ofFile(kits.show(role + "/" + name)), "ignored: a translation file is "
                            + "named after its language, such as 'es.yaml' or 'es-MX.yaml'");
                    continue;
                }
                langs.add(lang);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return langs;
    }
}
