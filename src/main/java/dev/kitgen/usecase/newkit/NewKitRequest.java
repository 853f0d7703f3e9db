package dev.kitgen.usecase.newkit;

import dev.kitgen.files.Folder;
import dev.kitgen.model.RoleId;

import java.util.List;

/**
 * Start the kit of {@code role} in the folder {@code target} (a user's kits folder): from the
 * commented starter kit, or as a copy of the role {@code from} (empty for the starter), looked
 * up in {@code sources} in order.
 *
 * @param templates where the starter kit and the JSON Schema are looked up, first folder first
 */
public record NewKitRequest(RoleId role, String from, Folder target, List<Folder> sources, List<Folder> templates) {
    public NewKitRequest {
        sources = List.copyOf(sources);
        templates = List.copyOf(templates);
    }
}
