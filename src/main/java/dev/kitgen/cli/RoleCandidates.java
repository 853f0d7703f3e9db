package dev.kitgen.cli;

import dev.kitgen.files.Folder;
import dev.kitgen.model.RoleId;
import dev.kitgen.usecase.Kits;

import java.util.Iterator;

/**
 * The built-in roles, for shell completion. The completion script adds the roles of the
 * folder the user completes in ({@code ./kits}) when it runs; see {@link CompletionCommand}.
 */
final class RoleCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return new Kits(Folder.builtIn("kits")).roles().stream().map(RoleId::value).iterator();
    }
}
