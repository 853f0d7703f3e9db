package dev.kitgen.usecase.render;

import dev.kitgen.files.Folder;
import dev.kitgen.load.KitFiles;
import dev.kitgen.model.KitPath;
import dev.kitgen.model.Language;
import dev.kitgen.model.RoleId;
import dev.kitgen.render.Doc;
import dev.kitgen.render.Format;
import dev.kitgen.render.Paper;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to render: roles (every role of the kits folder when {@code allRoles}), languages (every
 * language a kit has when empty), documents and formats, and where the files go; the paper
 * printed documents are laid out on, and the date PDFs record ({@code SOURCE_DATE_EPOCH}, or
 * {@code null} for none, so that the same input gives the same bytes); and whether PDF
 * scorecards get form fields ({@code fillable}); whether a warning (such as a text or a
 * UI catalog a language lacks) stops what it concerns from being written ({@code strict}); and
 * the track and level to render the documents of ({@code path}; {@link KitPath#ALL} for the whole kit).
 */
public record RenderRequest(List<RoleId> roles, boolean allRoles, List<Language> langs, Set<Doc> docs,
                            Set<Format> formats, Path out, boolean stdout, Folder kits, List<Folder> templates,
                            Paper paper, Instant date, boolean fillable, boolean strict, KitPath path) {
    public RenderRequest {
        // A role or language named twice would render the same files twice.
        roles = roles.stream().distinct().toList();
        langs = langs.stream().distinct().toList();
        docs = Set.copyOf(docs);
        formats = Set.copyOf(formats);
        templates = List.copyOf(templates);
    }

    /**
     * The part of this request that {@code changed} files affect (for {@code --watch}): a file in
     * a role's folder (its kit or a translation) affects that role; any other file (a template, a
     * UI catalog) affects every document. Empty when the changes touch no role rendered here.
     */
    public Optional<RenderRequest> affectedBy(Collection<Path> changed) {
        Set<RoleId> touched = new TreeSet<>();
        for (Path file : changed) {
            Optional<RoleId> role = roleOf(file);
            if (role.isEmpty()) return Optional.of(this);
            touched.add(role.get());
        }
        List<RoleId> affected = allRoles ? List.copyOf(touched) : roles.stream().filter(touched::contains).toList();
        if (affected.isEmpty()) return Optional.empty();
        return Optional.of(new RenderRequest(affected, false, langs, docs, formats, out, stdout, kits, templates,
                paper, date, fillable, strict, path));
    }

    /** Whether every file of {@code changed} is in the folder of a role of the kits folder: no template, catalog or other file. */
    public boolean onlyKitsIn(Collection<Path> changed) {
        return changed.stream().allMatch(file -> roleOf(file).isPresent());
    }

    /** The role whose folder holds {@code file}, if it is in the kits folder and the role has a kit there. */
    private Optional<RoleId> roleOf(Path file) {
        if (kits.builtIn() || !file.startsWith(kits.root()) || file.getNameCount() < kits.root().getNameCount() + 2) {
            return Optional.empty();
        }
        String name = file.getName(kits.root().getNameCount()).toString();
        return RoleId.isValid(name) && new KitFiles(kits).has(RoleId.of(name)) ? Optional.of(RoleId.of(name)) : Optional.empty();
    }
}
