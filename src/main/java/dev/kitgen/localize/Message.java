package dev.kitgen.localize;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One format of a catalog, in ICU's message syntax, parsed by ICU: {@code {name}},
 * {@code {name, number}}, {@code {name, plural, one {# día} other {# días}}} (with {@code =0}
 * cases and an offset) and {@code {name, select, …}}. kitgen formats the parsed pattern itself,
 * with the language's plural rules from {@link Plurals}: ICU's MessageFormat would load its
 * number and plural data files for it, a fifth of a short run. Numbers are the whole counts a
 * kit has (minutes, hours, days, weights), written in ASCII digits, as ICU writes them for
 * nearly every language (not for the few whose everyday digits are others, such as Bengali or
 * Persian), and without grouping: 1200, where ICU writes 1,200 in English.
 */
final class Message {

    private final MessagePattern pattern;

    /** @throws IllegalArgumentException when the text is not a message kitgen can format, saying why */
    Message(String text) {
        pattern = new MessagePattern(text);
        for (int i = 0; i < pattern.countParts(); i++) {
            Part part = pattern.getPart(i);
            if (part.getType() != Part.Type.ARG_START) continue;
            ArgType type = part.getArgType();
            boolean number = type == ArgType.SIMPLE
                    && pattern.getSubstring(pattern.getPart(i + 2)).equals("number")
                    && pattern.getPart(i + 3).getType() == Part.Type.ARG_LIMIT;
            if (type != ArgType.NONE && type != ArgType.PLURAL && type != ArgType.SELECT && !number) {
                throw new IllegalArgumentException("'" + pattern.getPatternString().substring(part.getIndex(),
                        pattern.getPart(pattern.getLimitPartIndex(i)).getLimit()) + "' is not a kind of argument "
                        + "kitgen formats: use {name}, {name, number}, {name, plural, ...} or {name, select, ...}");
            }
        }
    }

    String format(Map<String, ?> args, PluralRules plurals) {
        StringBuilder out = new StringBuilder();
        format(0, null, args, plurals, out);
        return out.toString();
    }

    /**
     * Appends the (sub)message starting at part {@code start}; {@code #} stands for {@code hash},
     * the number of the plural argument around it (less its offset).
     */
    private void format(int start, Object hash, Map<String, ?> args, PluralRules plurals, StringBuilder out) {
        String text = pattern.getPatternString();
        int prev = pattern.getPart(start).getLimit();
        for (int i = start + 1; ; i++) {
            Part part = pattern.getPart(i);
            Part.Type type = part.getType();
            out.append(text, prev, part.getIndex());
            if (type == Part.Type.MSG_LIMIT) return;
            prev = part.getLimit();
            if (type == Part.Type.REPLACE_NUMBER) {
                out.append(text(hash));
            } else if (type == Part.Type.ARG_START) {
                int limit = pattern.getLimitPartIndex(i);
                String name = pattern.getSubstring(pattern.getPart(i + 1));
                Object value = args.get(name);
                if (value == null) {
                    out.append('{').append(name).append('}');
                } else {
                    switch (part.getArgType()) {
                        case PLURAL -> {
                            int first = i + 2;
                            double offset = 0;
                            if (pattern.getPartType(first).hasNumericValue()) offset = pattern.getNumericValue(pattern.getPart(first++));
                            if (value instanceof Number n) {
                                double v = n.doubleValue();
                                format(pluralCase(first, v, offset, plurals), v - offset, args, plurals, out);
                            } else {
                                // Text where a catalog counts (a format used with the wrong argument):
                                // its "other" case, with the text for #, rather than a failed render.
                                format(selectCase(first, "other"), value, args, plurals, out);
                            }
                        }
                        case SELECT -> format(selectCase(i + 2, String.valueOf(value)), hash, args, plurals, out);
                        default -> out.append(text(value));
                    }
                }
                prev = pattern.getPart(limit).getLimit();
                i = limit;
            }
            // SKIP_SYNTAX (a quoting apostrophe) and INSERT_CHAR (where a lone apostrophe
            // would be doubled if the pattern were written out again) add nothing.
        }
    }

    private static String text(Object value) {
        if (!(value instanceof Number number)) return String.valueOf(value);
        double n = number.doubleValue();
        if (Double.isNaN(n) || Double.isInfinite(n)) return String.valueOf(n);
        return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n)
                : BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }

    /** The MSG_START part of the case for {@code n}: an explicit {@code =n}, else its plural category, else "other". */
    private int pluralCase(int first, double n, double offset, PluralRules plurals) {
        String category = plurals.select(n - offset);
        int byCategory = -1;
        int other = -1;
        for (int i = first; pattern.getPartType(i) != Part.Type.ARG_LIMIT; i = pattern.getLimitPartIndex(i) + 1) {
            Part selector = pattern.getPart(i++);
            if (pattern.getPartType(i).hasNumericValue()) {
                if (pattern.getNumericValue(pattern.getPart(i++)) == n) return i;
            } else if (byCategory < 0 && pattern.partSubstringMatches(selector, category)) {
                byCategory = i;
            } else if (other < 0 && pattern.partSubstringMatches(selector, "other")) {
                other = i;
            }
        }
        return byCategory >= 0 ? byCategory : other;
    }

    /** The MSG_START part of the case named {@code value}, else of "other"; a plural's {@code =n} cases never match. */
    private int selectCase(int first, String value) {
        int other = -1;
        for (int i = first; pattern.getPartType(i) != Part.Type.ARG_LIMIT; i = pattern.getLimitPartIndex(i) + 1) {
            Part selector = pattern.getPart(i++);
            if (pattern.getPartType(i).hasNumericValue()) {
                i++;
                continue;
            }
            if (pattern.partSubstringMatches(selector, value)) return i;
            if (other < 0 && pattern.partSubstringMatches(selector, "other")) other = i;
        }
        return other;
    }
}
