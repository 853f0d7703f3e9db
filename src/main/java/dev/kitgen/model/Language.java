package dev.kitgen.model;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A language tag such as {@code es} or {@code es-MX}, and what kitgen derives from it: its
 * parent ({@code es-MX → es}), its fallback chain, the direction its script runs in and its
 * plural rules. The tag names output folders and translation files, so only tags of the
 * pattern exist as values; nothing here consults the machine's default locale.
 */
public record Language(String tag) implements Comparable<Language> {

    /** Tags such as {@code en}, {@code es-MX}, {@code pt-BR} or {@code zh-Hant-TW}. */
    public static final String PATTERN = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    /** The direction text of a language runs in, named as HTML's {@code dir} and CSS name it. */
    public enum Direction {
        LTR, RTL;

        public String css() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Language {
        if (tag == null || !VALID.matcher(tag).matches()) {
            throw new IllegalArgumentException("'" + tag + "' is not a language tag; write one such as 'es' or 'es-MX'");
        }
    }

    /** The language of {@code tag}; throws {@link IllegalArgumentException}, in words for a user, if it is none. */
    public static Language of(String tag) {
        return new Language(tag);
    }

    public static boolean isValid(String tag) {
        return tag != null && VALID.matcher(tag).matches();
    }

    /** The tag without its last subtag ({@code es-MX → es}); empty for a tag of one subtag. */
    public Optional<Language> parent() {
        int cut = tag.lastIndexOf('-');
        return cut < 0 ? Optional.empty() : Optional.of(new Language(tag.substring(0, cut)));
    }

    /** This language and each parent of it, most specific first: {@code es-MX → es}. */
    public List<Language> fallbackChain() {
        List<Language> chain = new ArrayList<>();
        for (Optional<Language> l = Optional.of(this); l.isPresent(); l = l.get().parent()) chain.add(l.get());
        return List.copyOf(chain);
    }

    /** {@link #fallbackChain()}, then {@code last} unless the chain already has it: {@code es-MX → es → en}. */
    public List<Language> fallbackChain(Language last) {
        List<Language> chain = new ArrayList<>(fallbackChain());
        if (!chain.contains(last)) chain.add(last);
        return List.copyOf(chain);
    }

    /** Whether {@code other} is this language or one of its parents ({@code es-MX} falls back to {@code es}). */
    public boolean fallsBackTo(Language other) {
        return fallbackChain().contains(other);
    }

    /** The first subtag: {@code es} of {@code es-MX}. */
    public String primary() {
        int cut = tag.indexOf('-');
        return cut < 0 ? tag : tag.substring(0, cut);
    }

    /**
     * The direction of the language's script: the script subtag's, or that of the script CLDR
     * says the language is most likely written in ({@code ar → Arab}, {@code az-Arab}, {@code uz}).
     * ICU answers the most used languages from a list of its own and reads CLDR's likely-subtags
     * data (some 5 MB, a cold run's 15 ms) only for the others.
     */
    public Direction direction() {
        return ULocale.forLanguageTag(tag).isRightToLeft() ? Direction.RTL : Direction.LTR;
    }

    /** The CLDR plural rules of this language or of its nearest parent; one form, "other", when none has any. */
    public PluralRules pluralRules() {
        return Plurals.forLanguage(this);
    }

    // equals and hashCode are written out: a record's own are made of method handles on their
    // first call, which costs a cold run several milliseconds (src/build/STARTUP.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof Language other && tag.equals(other.tag);
    }

    @Override
    public int hashCode() {
        return tag.hashCode();
    }

    @Override
    public int compareTo(Language o) {
        return tag.compareTo(o.tag);
    }

    @Override
    public String toString() {
        return tag;
    }
}
