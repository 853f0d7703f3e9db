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

    /** The languages the built-in kits are written or translated in, sorted. */
    static java.util.List<String> builtInLanguages() {
        Kits kits = new Kits(Folder.builtIn("kits"));
        java.util.Set<String> langs = new java.util.TreeSet<>();
        for (RoleId role : kits.roles()) {
            kits.read(role, new dev.kitgen.diagnostics.Diagnostics())
                    .ifPresent(bundle -> bundle.languages().forEach(lang -> langs.add(lang.tag())));
        }
        return java.util.List.copyOf(langs);
    }
}
