package dev.kitgen.usecase.validate;

import dev.kitgen.files.Folder;
import dev.kitgen.model.RoleId;

import java.util.List;

/** What to check: these roles of the kits folder, or every role when {@code roles} is empty. */
public record ValidateRequest(List<RoleId> roles, Folder kits) {
    public ValidateRequest {
        roles = roles.stream().distinct().toList();
    }
}
