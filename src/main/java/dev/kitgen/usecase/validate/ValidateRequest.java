package dev.kitgen.usecase.validate;

import dev.kitgen.files.Folder;
import dev.kitgen.model.RoleId;

import java.util.List;

/**
 * What to check: these roles of the kits folder, or every role when {@code roles} is empty;
 * with {@code pdfTemplates} (the templates folders, whose {@code fonts/} PDFs also use), also
 * that every character of the kits prints in a PDF. Empty, that is not checked.
 */
public record ValidateRequest(List<RoleId> roles, Folder kits, List<Folder> pdfTemplates) {
    public ValidateRequest {
        roles = roles.stream().distinct().toList();
        pdfTemplates = List.copyOf(pdfTemplates);
    }

    public ValidateRequest(List<RoleId> roles, Folder kits) {
        this(roles, kits, List.of());
    }
}
