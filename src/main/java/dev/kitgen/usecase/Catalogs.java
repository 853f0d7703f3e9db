package dev.kitgen.usecase;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.files.Folder;
import dev.kitgen.load.CatalogFiles;
import dev.kitgen.localize.Catalog;
import dev.kitgen.localize.CatalogCoverage;
import dev.kitgen.model.Language;

import java.util.List;

/** Loads the UI catalog of a language: its files read along its fallback chain, then turned into texts. */
public final class Catalogs {

    /** The folder a user's templates are looked for in when no --templates names one. */
    public static final String USER_FOLDER = "templates";

    private Catalogs() {}

    /**
     * The catalog of {@code lang}; warns, saying how to start one, when neither the language nor
     * a parent of it has a catalog, since then the headings stay in English.
     *
     * @param folders the template folders, the user's first
     */
    public static Catalog load(Language lang, List<Folder> folders, Diagnostics diagnostics) {
        CatalogFiles.Entries entries = CatalogFiles.read(Catalog.chain(lang), folders, diagnostics);
        Catalog catalog = Catalog.of(lang, entries);
        if (!Catalog.hasOwn(lang, entries.found())) {
            String file = userFile(lang, folders);
            diagnostics.warning(Location.ofFile(file), "no UI catalog for '" + lang + "'; headings and labels fall "
                    + "back to " + Catalog.BASE + ". Start one with 'kitgen i18n skeleton --catalog " + lang
                    + "', which writes " + file + " for you to translate");
        }
        return catalog;
    }

    /**
     * How much of the English catalog {@code lang} has in its own words, along its own chain; a
     * catalog with an error stops it, located, as it stops a render.
     */
    public static CatalogCoverage coverage(Language lang, List<Folder> folders) {
        Diagnostics ignored = new Diagnostics();
        return CatalogCoverage.of(lang, CatalogFiles.read(List.of(Catalog.BASE), folders, ignored),
                CatalogFiles.read(lang.fallbackChain(), folders, ignored));
    }

    /**
     * Where a user's catalog of {@code lang} goes: in the user's templates folder, or in
     * {@code templates/} of the working folder when there is none yet.
     */
    public static String userFile(Language lang, List<Folder> folders) {
        String relative = CatalogFiles.DIR + lang + ".yaml";
        return folders.stream().filter(f -> !f.builtIn()).findFirst()
                .map(f -> f.show(relative)).orElse(USER_FOLDER + "/" + relative);
    }
}
