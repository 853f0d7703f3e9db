package dev.kitgen.cli;

import dev.kitgen.diagnostics.UsageException;
import dev.kitgen.model.Language;
import dev.kitgen.model.RoleId;

import java.util.List;
import java.util.function.Function;

/**
 * Turns the command line's role ids and language tags into their types. A value that breaks the
 * type's rules is a usage error in the type's own words ("'x' is not a role id; …"), the same
 * for an option and for a positional argument, which picocli would report as unmatched.
 */
final class Arguments {

    static RoleId role(String value) {
        return parsed(value, RoleId::of);
    }

    static List<RoleId> roles(List<String> values) {
        return values.stream().map(Arguments::role).toList();
    }

    static Language language(String value) {
        return parsed(value, Language::of);
    }

    static List<Language> languages(List<String> values) {
        return values.stream().map(Arguments::language).toList();
    }

    private static <T> T parsed(String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Arguments() {}
}
