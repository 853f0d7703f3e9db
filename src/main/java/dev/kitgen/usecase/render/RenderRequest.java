package dev.kitgen.usecase.render;

import dev.kitgen.files.Folder;
import dev.kitgen.model.Language;
import dev.kitgen.model.RoleId;
import dev.kitgen.render.Doc;
import dev.kitgen.render.Format;
import dev.kitgen.render.Paper;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What to render: roles (every role of the kits folder when {@code allRoles}), languages (every
 * language a kit has when empty), documents and formats, and where the files go; the paper
 * printed documents are laid out on, and the date PDFs record ({@code SOURCE_DATE_EPOCH}, or
 * {@code null} for none, so that the same input gives the same bytes); and whether PDF
 * scorecards get form fields ({@code fillable}); and whether a warning (such as a text or a
 * UI catalog a language lacks) stops what it concerns from being written ({@code strict}).
 */
public record RenderRequest(List<RoleId> roles, boolean allRoles, List<Language> langs, Set<Doc> docs,
                            Set<Format> formats, Path out, boolean stdout, Folder kits, List<Folder> templates,
                            Paper paper, Instant date, boolean fillable, boolean strict) {
    public RenderRequest {
        // A role or language named twice would render the same files twice.
        roles = roles.stream().distinct().toList();
        langs = langs.stream().distinct().toList();
        docs = Set.copyOf(docs);
        formats = Set.copyOf(formats);
        templates = List.copyOf(templates);
    }
}
