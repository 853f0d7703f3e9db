package dev.kitgen.usecase;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.files.Folder;
import dev.kitgen.load.KitFiles;
import dev.kitgen.load.KitVersion;
import dev.kitgen.load.Node;
import dev.kitgen.model.Kit;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Language;
import dev.kitgen.model.RoleId;
import dev.kitgen.model.Translation;
import dev.kitgen.validate.KitValidator;
import dev.kitgen.validate.Suggest;
import dev.kitgen.validate.TranslationValidator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The kits of a folder as the use cases need them: the roles it has, and a role's kit read and validated. */
public final class Kits {

    private final KitFiles files;
    /**
     * The files of the role {@link #read} last found valid, as parsed, kept for {@link #texts},
     * which a render asks of the role it has just read and which would otherwise read and parse
     * them again. A {@code Kits} serves one run, so they do not change meanwhile.
     */
    private Files lastRead;

    /** A role's kit file and the translation files read with it, as node trees. */
    private record Files(RoleId role, Node kit, Map<Language, Node> translations) {}

    public Kits(Folder folder) {
        this.files = new KitFiles(folder);
    }

    public Folder folder() {
        return files.folder();
    }

    public List<RoleId> roles() {
        return files.roles();
    }

    /** How a file of a role is named in messages, such as {@code kits/ml-engineer/es.yaml}. */
    public String show(RoleId role, String file) {
        return files.show(role, file);
    }

    /** Checks that {@code role} names a kit of this folder: a usage error that lists the known roles when not. */
    public void requireRole(RoleId role) {
        if (files.has(role)) return;
        List<String> known = roles().stream().map(RoleId::value).toList();
        throw new UsageException("unknown role '" + role + "' in " + folder().describe()
                + Suggest.hint(role.value(), known)
                + (known.isEmpty() ? "; the folder has no kits" : "; known roles: " + Suggest.list(known)));
    }

    /**
     * Reads a role's kit and translations and validates them; empty if any has an error. The
     * translations are read only when the kit itself is valid, since they are checked against it.
     */
    public Optional<KitBundle> read(RoleId role, Diagnostics diagnostics) {
        return read(role, lang -> true, diagnostics);
    }

    /**
     * {@link #read(RoleId, Diagnostics)} with only the translations of the languages {@code wanted}
     * accepts, for a render in some languages: the other files are neither read nor checked.
     */
    public Optional<KitBundle> read(RoleId role, Predicate<Language> wanted, Diagnostics diagnostics) {
        requireRole(role);
        Diagnostics mine = new Diagnostics();
        Optional<Node> root = files.kit(role, mine);
        if (root.isEmpty()) {
            diagnostics.addAll(mine);
            return Optional.empty();
        }
        Kit kit = KitValidator.validate(root.get(), role.value(), mine);
        Map<Language, Translation> translations = new LinkedHashMap<>();
        Map<Language, Node> nodes = mine.hasErrors() ? Map.of() : files.translations(role, wanted, mine);
        nodes.forEach((lang, node) -> translations.put(lang, TranslationValidator.validate(node, kit, lang, mine)));
        diagnostics.addAll(mine);
        if (mine.hasErrors()) return Optional.empty();
        lastRead = new Files(role, root.get(), nodes);
        return Optional.of(new KitBundle(kit, translations));
    }

    /**
     * Visits every text written in the kit's file and in the translation files {@code lang}
     * reads its texts from, with the place it is written. The files' problems were reported when
     * the bundle was read.
     */
    public void texts(KitBundle bundle, Language lang, java.util.function.BiConsumer<Location, String> visit) {
        RoleId role = RoleId.of(bundle.kit().id());
        Files kept = lastRead != null && lastRead.role().equals(role) ? lastRead : null;
        Diagnostics reported = new Diagnostics();
        Optional<Node> kit = kept != null ? Optional.of(kept.kit()) : files.kit(role, reported);
        kit.ifPresent(node -> texts(node, visit));
        List<Language> chain = lang.fallbackChain();
        Map<Language, Node> translations = kept != null ? kept.translations() : files.translations(role, chain::contains, reported);
        for (Translation t : bundle.translationsFor(lang)) {
            Node node = translations.get(t.lang());
            if (node != null) texts(node, visit);
        }
    }

    private static void texts(Node node, java.util.function.BiConsumer<Location, String> visit) {
        if (node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.STRING) {
            visit.accept(s.location(), s.value());
        } else if (node instanceof Node.Sequence list) {
            list.items().forEach(item -> texts(item, visit));
        } else if (node instanceof Node.Mapping map) {
            map.entries().forEach(entry -> texts(entry.value(), visit));
        }
    }

    /**
     * Starts finding out the version of a role's files, which documents state: the kit's last
     * commit, or a digest of its files. Asked for only by a render, as early as it can: it may
     * run git, which then answers while the kit is read.
     */
    public KitVersion askVersion(RoleId role) {
        return files.version(role);
    }

    /**
     * The version of the files {@code bundle} was read from, as {@code asked} for its role: of
     * all its files, those of languages the render did not read too.
     */
    public String version(KitVersion asked, KitBundle bundle) {
        List<String> names = new java.util.ArrayList<>(List.of(KitFiles.KIT_FILE));
        files.translationLanguages(RoleId.of(bundle.kit().id())).forEach(lang -> names.add(lang + ".yaml"));
        return asked.of(names);
    }

    /** The languages of a role's kit: its own, then those it has translation files for, read or not. */
    public List<Language> languages(Kit kit) {
        List<Language> langs = new java.util.ArrayList<>(List.of(kit.lang()));
        files.translationLanguages(RoleId.of(kit.id())).stream().sorted().forEach(langs::add);
        return List.copyOf(langs);
    }
}
