package dev.kitgen.usecase.validate;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.Report;
import dev.kitgen.localize.TranslationCoverage;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Language;
import dev.kitgen.model.RoleId;
import dev.kitgen.render.Paper;
import dev.kitgen.render.Renderer;
import dev.kitgen.render.Templates;
import dev.kitgen.usecase.Kits;
import dev.kitgen.usecase.Unprintable;

import java.util.List;
import java.util.Optional;

/**
 * Checks kits and their translations without rendering: every rule of the kit format, plus
 * the texts each translation still lacks, which a render would show in the source language.
 */
public final class Validation {

    public Report validate(ValidateRequest request) {
        Kits kits = new Kits(request.kits());
        List<RoleId> roles = request.roles().isEmpty() ? kits.roles() : request.roles();
        roles.forEach(kits::requireRole);
        Diagnostics diagnostics = new Diagnostics();
        Unprintable unprintable = request.pdfTemplates().isEmpty() ? null : new Unprintable(
                new Renderer(new Templates(request.pdfTemplates()), "kitgen", null, Paper.A4), diagnostics);
        for (RoleId role : roles) {
            Optional<KitBundle> bundle = kits.read(role, diagnostics);
            if (bundle.isEmpty()) continue;
            for (Language lang : bundle.get().translations().keySet()) {
                TranslationCoverage.of(bundle.get(), lang).reportMissing(bundle.get(), kits.folder()::show, diagnostics);
            }
            if (unprintable != null) bundle.get().languages().forEach(lang -> unprintable.check(kits, bundle.get(), lang));
        }
        return new Report(roles.stream().map(RoleId::value).toList(), diagnostics.sorted());
    }
}
