package dev.kitgen.usecase;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Language;
import dev.kitgen.render.Renderer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Finds the kit texts a PDF cannot print: characters no font kitgen embeds has (nor one of the
 * user's templates folder), which openhtmltopdf would replace by '#'. Each such text is a
 * warning at the place it is written, naming the characters, their script and what to add.
 */
public final class Unprintable {

    private final Renderer renderer;
    private final Diagnostics diagnostics;
    /** A text of kit.yaml is read by every language: reported once. */
    private final Set<Location> reported = new HashSet<>();

    public Unprintable(Renderer renderer, Diagnostics diagnostics) {
        this.renderer = renderer;
        this.diagnostics = diagnostics;
    }

    /** Checks the texts {@code lang} reads: those of the kit's file and of its translations along the chain. */
    public void check(Kits kits, KitBundle bundle, Language lang) {
        kits.texts(bundle, lang, (at, text) -> {
            String missing = renderer.unprintable(text);
            if (!missing.isEmpty() && reported.add(at)) diagnostics.warning(at, message(missing));
        });
    }

    static String message(String missing) {
        Map<String, StringBuilder> byScript = new LinkedHashMap<>();
        missing.codePoints().forEach(c -> byScript.computeIfAbsent(script(c), s -> new StringBuilder()).appendCodePoint(c));
        StringJoiner listed = new StringJoiner("; ");
        byScript.forEach((script, chars) -> listed.add("'" + UserText.quote(chars.toString()) + "' (" + script + ")"));
        return "no font of the PDF has the characters " + listed + ", which would print as '#'; add a TrueType "
                + "font (.ttf) that has them to the fonts folder of your templates (templates/fonts/), such as "
                + "a Noto Sans font of that script";
    }

    /** The script's name as Unicode gives it, in words: "Thai", "Old Italic"; "symbols" for the common script of emoji. */
    private static String script(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.COMMON) return "symbols";
        String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
