package dev.kitgen.model;

import com.ibm.icu.text.PluralRules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CLDR plural rules of every language ICU knows ("one: i = 1 and v = 0" for English),
 * shipped as text in {@code kitgen/plurals.properties}. ICU finds the same rules in its data
 * files, which costs a fifth of a short run's start-up; parsing one line costs a few
 * milliseconds. {@code PluralsTest} checks the file against ICU's own data and rewrites it
 * with {@code -Dgolden.update=true} when ICU is upgraded. The file is a line {@code tag=rules}
 * per language (no escapes: the test writes it so); a run looks up the one line it needs
 * rather than reading all 220 into a map.
 */
final class Plurals {

    static final String RESOURCE = "/kitgen/plurals.properties";

    /** The file's text, from a line feed before its first line to one after its last. */
    private static final String TEXT = "\n" + load();

    private Plurals() {}

    /**
     * The rules of {@code lang} or of its nearest shorter tag ({@code es-MX → es}); a language
     * ICU has no rules for has one form, "other".
     */
    static PluralRules forLanguage(Language lang) {
        for (Language l : lang.fallbackChain()) {
            String tag = l.tag();
            String rules = rulesOf(tag);
            if (rules != null) {
                try {
                    return PluralRules.parseDescription(rules);
                } catch (ParseException e) {
                    throw new IllegalStateException("kitgen's plural rules for '" + tag + "' do not parse", e);
                }
            }
        }
        return PluralRules.DEFAULT;
    }

    /** The rules of the line for {@code tag}, or null when the file has none. */
    private static String rulesOf(String tag) {
        int at = TEXT.indexOf("\n" + tag + "=");
        if (at < 0) return null;
        int start = at + tag.length() + 2;
        return TEXT.substring(start, TEXT.indexOf('\n', start)).strip();
    }

    /** Language tag → rules, as the shipped file has them. */
    static Map<String, String> shipped() {
        Map<String, String> rules = new TreeMap<>();
        for (String line : TEXT.split("\n")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) rules.put(line.substring(0, eq), line.substring(eq + 1).strip());
        }
        return Map.copyOf(rules);
    }

    private static String load() {
        try (InputStream in = Plurals.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("kitgen is packaged without " + RESOURCE);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
