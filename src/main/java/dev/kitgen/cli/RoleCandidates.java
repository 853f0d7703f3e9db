package dev.kitgen.cli;

import dev.kitgen.files.Folder;
import dev.kitgen.model.KitBundle;
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
        return builtIn(bundle -> bundle.languages().stream().map(lang -> lang.tag()));
    }

    /** What {@code of} finds in any built-in kit, sorted, each once: their languages, tracks or levels. */
    static java.util.List<String> builtIn(java.util.function.Function<KitBundle, java.util.stream.Stream<String>> of) {
        Kits kits = new Kits(Folder.builtIn("kits"));
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (RoleId role : kits.roles()) {
            kits.read(role, new dev.kitgen.diagnostics.Diagnostics()).ifPresent(bundle -> of.apply(bundle).forEach(found::add));
        }
        return java.util.List.copyOf(found);
    }
}
