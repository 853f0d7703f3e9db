package dev.kitgen.pipeline;

import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.localize.Coverage;
import dev.kitgen.model.KitBundle;
import dev.kitgen.validate.KitReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How far each language of each role is translated; a role that does not validate is reported instead. */
public final class TranslationStatus {

    /** One row per role and language, the kit's own language first; {@code invalid} roles have none. */
    public record Result(List<Coverage> rows, List<String> invalid, List<Diagnostic> diagnostics) {
        public Result {
            rows = List.copyOf(rows);
            invalid = List.copyOf(invalid);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Result status(ValidateRequest request) {
        KitReader reader = new KitReader(request.kits());
        List<String> roles = request.roles().isEmpty() ? reader.roles() : request.roles();
        roles.forEach(reader::requireRole);
        Diagnostics diagnostics = new Diagnostics();
        List<Coverage> rows = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String role : roles) {
            Optional<KitBundle> bundle = reader.read(role, diagnostics);
            if (bundle.isEmpty()) {
                invalid.add(role);
                continue;
            }
            bundle.get().languages().forEach(lang -> rows.add(Coverage.of(bundle.get(), lang)));
        }
        return new Result(rows, invalid, diagnostics.sorted());
    }
}
