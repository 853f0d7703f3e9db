package dev.kitgen.usecase.i18n;

import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.files.Folder;
import dev.kitgen.localize.CatalogCoverage;
import dev.kitgen.localize.TranslationCoverage;
import dev.kitgen.model.Language;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.RoleId;
import dev.kitgen.usecase.Catalogs;
import dev.kitgen.usecase.Kits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far each language of each role is translated, and how much of kitgen's UI each of those
 * languages has in its own catalog; a role that does not validate is reported instead.
 */
public final class TranslationStatus {

    /**
     * One row per role and language, the kit's own language first; {@code invalid} roles have none.
     *
     * @param names    each valid role's name as candidates see it, by role id
     * @param catalogs the UI catalog's coverage of each language of the rows, by language
     */
    public record Result(List<TranslationCoverage> rows, Map<String, String> names, List<String> invalid,
                         Map<Language, CatalogCoverage> catalogs, List<Diagnostic> diagnostics) {
        public Result {
            rows = List.copyOf(rows);
            catalogs = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(catalogs));
            names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
            invalid = List.copyOf(invalid);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The status of {@code roles} of the kits folder {@code folder}, or of every role when none is
     * named, with the UI catalogs of their languages among {@code templates}.
     */
    public Result status(List<RoleId> named, Folder folder, List<Folder> templates) {
        Kits kits = new Kits(folder);
        List<RoleId> roles = named.isEmpty() ? kits.roles() : named.stream().distinct().toList();
        roles.forEach(kits::requireRole);
        Diagnostics diagnostics = new Diagnostics();
        List<TranslationCoverage> rows = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (RoleId role : roles) {
            Optional<KitBundle> bundle = kits.read(role, diagnostics);
            if (bundle.isEmpty()) {
                invalid.add(role.value());
                continue;
            }
            names.put(role.value(), bundle.get().kit().role().value());
            bundle.get().languages().forEach(lang -> rows.add(TranslationCoverage.of(bundle.get(), lang)));
        }
        Map<Language, CatalogCoverage> catalogs = new LinkedHashMap<>();
        rows.forEach(row -> catalogs.computeIfAbsent(row.lang(), lang -> Catalogs.coverage(lang, templates)));
        return new Result(rows, names, invalid, catalogs, diagnostics.sorted());
    }
}
