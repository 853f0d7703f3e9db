package dev.kitgen.usecase.validate;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.Report;
import dev.kitgen.localize.TranslationCoverage;
import dev.kitgen.model.KitBundle;
import dev.kitgen.validate.KitReader;

import java.util.List;
import java.util.Optional;

/**
 * Checks kits and their translations without rendering: every rule of the kit format, plus
 * the texts each translation still lacks, which a render would show in the source language.
 */
public final class Validation {

    public Report validate(ValidateRequest request) {
        KitReader reader = new KitReader(request.kits());
        List<String> roles = request.roles().isEmpty() ? reader.roles() : request.roles();
        roles.forEach(reader::requireRole);
        Diagnostics diagnostics = new Diagnostics();
        for (String role : roles) {
            Optional<KitBundle> bundle = reader.read(role, diagnostics);
            if (bundle.isEmpty()) continue;
            for (String lang : bundle.get().translations().keySet()) {
                TranslationCoverage.of(bundle.get(), lang).reportMissing(bundle.get(), reader.folder()::show, diagnostics);
            }
        }
        return new Report(roles, diagnostics.sorted());
    }
}
