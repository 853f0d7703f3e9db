package dev.kitgen.usecase.i18n;

import dev.kitgen.files.Folder;
import dev.kitgen.model.Language;
import dev.kitgen.model.RoleId;

import java.util.List;

/**
 * Write (or complete) the translation of {@code role} into {@code lang} in the kits folder
 * {@code kits}, which must be the user's own.
 *
 * @param templates where a copy of the translation JSON Schema is looked up for the file's first line
 */
public record SkeletonRequest(RoleId role, Language lang, Folder kits, List<Folder> templates) {
    public SkeletonRequest {
        templates = List.copyOf(templates);
    }
}
