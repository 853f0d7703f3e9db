package dev.kitgen.cli;

import dev.kitgen.diagnostics.UserText;
import dev.kitgen.validate.Suggest;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads an option value that is one of a few words (--doc, --format, --paper, --output, …), in
 * any case, as each value's {@code toString()} spells it, and answers a wrong one in kitgen's
 * voice: the values as users type them, and the nearest.
 */
final class Choices<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {

    private final List<E> values;
    private final String what;

    /** @param what what a value names, for the message: "a document", "a paper size" */
    Choices(Class<E> type, String what) {
        this.values = Arrays.asList(type.getEnumConstants());
        this.what = what;
    }

    @Override
    public E convert(String value) {
        for (E e : values) {
            if (e.toString().equalsIgnoreCase(value)) return e;
        }
        List<String> names = values.stream().map(E::toString).toList();
        throw new CommandLine.TypeConversionException("'" + UserText.quote(value) + "' is not " + what + "; use "
                + or(names) + Suggest.hint(value.toLowerCase(Locale.ROOT), names));
    }

    /** "a, b or c". */
    static String or(List<String> names) {
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
