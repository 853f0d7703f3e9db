package dev.kitgen.load;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.files.Folder;
import dev.kitgen.files.FolderFile;
import dev.kitgen.model.Language;
import dev.kitgen.model.RoleId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The files of a kits folder: which roles it holds, and a role's {@code kit.yaml} and
 * translation files ({@code es.yaml}, {@code es-MX.yaml}) loaded as node trees.
 */
public final class KitFiles {

    public static final String KIT_FILE = "kit.yaml";

    private final Folder folder;
    private final YamlLoader yaml = new YamlLoader();

    public KitFiles(Folder folder) {
        this.folder = folder;
    }

    public Folder folder() {
        return folder;
    }

    /** Every folder holding a {@code kit.yaml} whose name is a role id, sorted. */
    public List<RoleId> roles() {
        return folder.names().stream()
                .filter(RoleId::isValid)
                .filter(name -> folder.has(name + "/" + KIT_FILE))
                .map(RoleId::of)
                .toList();
    }

    /** Whether {@code role} has a {@code kit.yaml} in the folder. */
    public boolean has(RoleId role) {
        return folder.has(role + "/" + KIT_FILE);
    }

    /** How a file of a role is named in messages, such as {@code kits/ml-engineer/kit.yaml}. */
    public String show(RoleId role, String file) {
        return folder.show(role + "/" + file);
    }

    /** The role's {@code kit.yaml} as a node tree; empty, with the problem reported, when it cannot be read. */
    public Optional<Node> kit(RoleId role, Diagnostics diagnostics) {
        return load(role + "/" + KIT_FILE, diagnostics);
    }

    /**
     * The role's translation files as node trees, by the language each is named after. A YAML
     * file that is not named after a language is reported and left out.
     */
    public Map<Language, Node> translations(RoleId role, Diagnostics diagnostics) {
        return translations(role, lang -> true, diagnostics);
    }

    /**
     * The translation files of the languages {@code wanted} accepts, as {@link #translations(RoleId,
     * Diagnostics)}; the others are not read. Every misnamed file is reported all the same.
     */
    public Map<Language, Node> translations(RoleId role, Predicate<Language> wanted, Diagnostics diagnostics) {
        Map<Language, Node> translations = new LinkedHashMap<>();
        for (String name : translationFiles(role)) {
            Optional<Language> lang = languageOf(name);
            if (lang.isEmpty()) {
                diagnostics.warning(Location.ofFile(show(role, name)), "ignored: a translation file is "
                        + "named after its language, such as 'es.yaml' or 'es-MX.yaml'");
            } else if (wanted.test(lang.get())) {
                load(role + "/" + name, diagnostics).ifPresent(node -> translations.put(lang.get(), node));
            }
        }
        return translations;
    }

    /** The languages the role has translation files for, by their names alone: nothing is read. */
    public List<Language> translationLanguages(RoleId role) {
        return translationFiles(role).stream().map(KitFiles::languageOf).flatMap(Optional::stream).toList();
    }

    /** The language a translation file is named after ({@code es-MX.yaml}); empty for a name that is none. */
    private static Optional<Language> languageOf(String name) {
        String tag = name.substring(0, name.lastIndexOf('.'));
        return name.endsWith(".yaml") && Language.isValid(tag) ? Optional.of(Language.of(tag)) : Optional.empty();
    }

    /** The role's YAML files other than its kit file. */
    private List<String> translationFiles(RoleId role) {
        return folder.in(role.value()).names().stream()
                .filter(name -> !name.equals(KIT_FILE) && (name.endsWith(".yaml") || name.endsWith(".yml")))
                .toList();
    }

    /**
     * Starts finding out the version of the role's files: its last git commit, or a digest of the
     * files; see {@link KitVersion}.
     */
    public KitVersion version(RoleId role) {
        return KitVersion.ask(folder, role.value());
    }

    /** A file of the folder, loaded; empty with the reason reported: absent, not a file, leading outside, not YAML. */
    private Optional<Node> load(String relative, Diagnostics diagnostics) {
        Optional<FolderFile> path;
        try {
            path = folder.file(relative);
        } catch (KitgenException e) {
            e.diagnostics().forEach(diagnostics::add);
            return Optional.empty();
        }
        if (path.isEmpty()) {
            diagnostics.error(Location.ofFile(folder.show(relative)), "not read: not a regular file");
            return Optional.empty();
        }
        return yaml.load(path.get(), folder.show(relative), diagnostics);
    }
}
