package dev.kitgen.usecase;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.files.Folder;
import dev.kitgen.load.CatalogFiles;
import dev.kitgen.localize.Catalog;
import dev.kitgen.model.Language;

import java.util.List;

/** Loads the UI catalog of a language: its files read along its fallback chain, then turned into texts. */
public final class Catalogs {

    private Catalogs() {}

    /** @param folders the template folders, the user's first */
    public static Catalog load(Language lang, List<Folder> folders, Diagnostics diagnostics) {
        return Catalog.of(lang, CatalogFiles.read(Catalog.chain(lang), folders, diagnostics), diagnostics);
    }
}
