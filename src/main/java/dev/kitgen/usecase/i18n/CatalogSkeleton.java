package dev.kitgen.usecase.i18n;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.IoMessages;
import dev.kitgen.files.Folder;
import dev.kitgen.load.CatalogFiles;
import dev.kitgen.localize.Catalog;
import dev.kitgen.model.Language;
import dev.kitgen.printer.YamlText;
import dev.kitgen.write.OutputFile;
import dev.kitgen.write.OutputWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes (or completes) a user's UI catalog, {@code messages/LANG.yaml} in their templates
 * folder, with every message the language does not have yet along its chain as an empty text,
 * the English above each as a comment, and for each plural the categories the language uses.
 * What the file already translates is kept; a language that lacks nothing gets no file.
 */
public final class CatalogSkeleton {

    /** Plural categories in the order CLDR lists them. */
    private static final List<String> CLDR_ORDER = List.of("zero", "one", "two", "few", "many", "other");

    /**
     * @param lang      the language of the catalog
     * @param folder    the user's templates folder, made if it does not exist
     * @param templates the template folders as a render reads them, the user's first
     */
    public record Request(Language lang, Path folder, List<Folder> templates) {
        public Request {
            templates = List.copyOf(templates);
        }
    }

    /** What was written (or would have been): the file, how many messages were added and kept. */
    public record Result(Path file, int added, int kept) {}

    public Result write(Request request) {
        Language lang = request.lang();
        String relative = CatalogFiles.DIR + lang + ".yaml";
        Path file = request.folder().resolve(relative);
        Folder user = Folder.onDisk(request.folder(), request.folder());
        Diagnostics notShown = new Diagnostics();
        CatalogFiles.Entries english = CatalogFiles.read(List.of(Catalog.BASE), request.templates(), notShown);
        CatalogFiles.Entries mine = Files.isDirectory(request.folder())
                ? CatalogFiles.read(List.of(lang), List.of(user), notShown)
                : new CatalogFiles.Entries(Map.of(), Map.of(), List.of());
        CatalogFiles.Entries chain = CatalogFiles.read(lang.fallbackChain(), request.templates(), notShown);
        StringBuilder yaml = new StringBuilder(header(lang));
        int[] counts = new int[2];
        yaml.append("labels:\n");
        section(english.labels(), mine.labels(), chain.labels(), lang, false, yaml, counts);
        yaml.append("formats:\n");
        section(english.formats(), mine.formats(), chain.formats(), lang, true, yaml, counts);
        if (counts[0] == 0) return new Result(file, 0, counts[1]);
        try {
            new OutputWriter(request.folder()).write(List.of(OutputFile.text(relative, yaml.toString())));
        } catch (IOException e) {
            throw IoMessages.failed("write the catalog", file.toString(), e);
        }
        return new Result(file, counts[0], counts[1]);
    }

    private static String header(Language lang) {
        List<Language> chain = Catalog.chain(lang);
        return "# kitgen's UI in " + lang + ": translate each message in place, as you would write it in a hiring\n"
                + "# document. An empty message falls back along " + String.join(" → ", chain.stream().map(Language::tag)
                .toList()) + ".\n"
                + "# Formats are ICU message patterns: keep each {name} as it is, and give a plural a case for\n"
                + "# each category listed above it. 'kitgen i18n status' shows what is left.\n"
                + YamlText.entry(0, "lang", lang.tag());
    }

    /**
     * The entries of one section, in the English catalog's order: each the user's file translates
     * (kept), and each nothing along the chain has (added, empty); the rest come from the chain.
     *
     * @param counts added and kept so far, updated
     */
    private static void section(Map<String, CatalogFiles.Entry> english, Map<String, CatalogFiles.Entry> mine,
                                Map<String, CatalogFiles.Entry> chain, Language lang, boolean formats,
                                StringBuilder yaml, int[] counts) {
        List<String> plural = CLDR_ORDER.stream().filter(lang.pluralRules().getKeywords()::contains).toList();
        english.forEach((name, entry) -> {
            CatalogFiles.Entry own = mine.get(name);
            if (own == null && chain.containsKey(name)) return;
            yaml.append(YamlText.comment(2, Catalog.BASE.tag(), entry.text().value()));
            if (formats && entry.text().value().contains(", plural,")) {
                yaml.append("  # plural categories of ").append(lang).append(": ").append(String.join(", ", plural))
                        .append('\n');
            }
            yaml.append(YamlText.entry(2, name, own == null ? "" : own.text().value()));
            counts[own == null ? 0 : 1]++;
        });
        mine.forEach((name, entry) -> {
            if (!english.containsKey(name)) {
                yaml.append(YamlText.comment(2, "stale", "the English catalog has no message '" + name
                        + "'; remove it"));
                yaml.append(YamlText.entry(2, name, entry.text().value()));
                counts[1]++;
            }
        });
    }
}
