package dev.kitgen.usecase.i18n;

import dev.kitgen.usecase.validate.ValidateRequest;
import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.localize.TranslationCoverage;
import dev.kitgen.model.KitBundle;
import dev.kitgen.validate.KitReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** How far each language of each role is translated; a role that does not validate is reported instead. */
public final class TranslationStatus {

    /**
     * One row per role and language, the kit's own language first; {@code invalid} roles have none.
     *
     * @param names each valid role's name as candidates see it, by role id
     */
    public record Result(List<TranslationCoverage> rows, Map<String, String> names, List<String> invalid,
                         List<Diagnostic> diagnostics) {
        public Result {
            rows = List.copyOf(rows);
            names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
            invalid = List.copyOf(invalid);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Result status(ValidateRequest request) {
        KitReader reader = new KitReader(request.kits());
        List<String> roles = request.roles().isEmpty() ? reader.roles() : request.roles();
        roles.forEach(reader::requireRole);
        Diagnostics diagnostics = new Diagnostics();
        List<TranslationCoverage> rows = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String role : roles) {
            Optional<KitBundle> bundle = reader.read(role, diagnostics);
            if (bundle.isEmpty()) {
                invalid.add(role);
                continue;
            }
            names.put(role, bundle.get().kit().role().value());
            bundle.get().languages().forEach(lang -> rows.add(TranslationCoverage.of(bundle.get(), lang)));
        }
        return new Result(rows, names, invalid, diagnostics.sorted());
    }
}
