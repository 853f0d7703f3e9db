package dev.kitgen.model;

import com.ibm.icu.text.PluralRules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The CLDR plural rules of every language ICU knows ("one: i = 1 and v = 0" for English),
 * shipped as text in {@code kitgen/plurals.properties}. ICU finds the same rules in its data
 * files, which costs a fifth of a short run's start-up; parsing one line costs a few
 * milliseconds. {@code PluralsTest} checks the file against ICU's own data and rewrites it
 * with {@code -Dgolden.update=true} when ICU is upgraded.
 */
final class Plurals {

    static final String RESOURCE = "/kitgen/plurals.properties";

    private static final Map<String, String> RULES = load();

    private Plurals() {}

    /**
     * The rules of {@code lang} or of its nearest shorter tag ({@code es-MX → es}); a language
     * ICU has no rules for has one form, "other".
     */
    static PluralRules forLanguage(Language lang) {
        for (Language l : lang.fallbackChain()) {
            String tag = l.tag();
            String rules = RULES.get(tag);
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

    /** Language tag → rules, as the shipped file has them. */
    static Map<String, String> shipped() {
        return RULES;
    }

    private static Map<String, String> load() {
        try (InputStream in = Plurals.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("kitgen is packaged without " + RESOURCE);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> rules = new TreeMap<>();
            properties.stringPropertyNames().forEach(tag -> rules.put(tag, properties.getProperty(tag)));
            return Map.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
