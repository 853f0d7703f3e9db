package dev.kitgen.model;

import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A kit text written in kitgen's subset of Markdown: paragraphs, bullet and numbered lists,
 * emphasis, strong emphasis, links and inline code. Everything else Markdown knows (headings,
 * quotes, code blocks, tables, rules, raw HTML) stays the text it was written as, and so does a
 * link whose scheme is not {@code http}, {@code https} or {@code mailto}. The render stage turns
 * the parsed text into each format, escaping every piece of text on the way.
 */
public record RichText(String markdown) {

    public static final RichText EMPTY = new RichText("");

    /** Deepest nesting of lists within lists; a list marker deeper than this is text. */
    public static final int MAX_LIST_DEPTH = 8;

    private static final Pattern ALLOWED_LINK = Pattern.compile("(?i)(https?://|mailto:)[^\\s\\p{Cntrl}]+");

    /*
     * Only lists among the block kinds: a line starting with '#', '>', '```' or four spaces stays
     * paragraph text. Nesting is bounded so that rendering, which recurses, stays shallow whatever
     * a kit holds (each list item opens two block parsers: the list and the item).
     */
    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.<Class<? extends org.commonmark.node.Block>>of(ListBlock.class))
            .maxOpenBlockParsers(2 * MAX_LIST_DEPTH)
            .maxInlineNesting(MAX_LIST_DEPTH)
            .build();

    public RichText {
        markdown = markdown.strip();
    }

    /**
     * A plain text (a title, a name) where a rich text goes: every ASCII punctuation character is
     * backslash-escaped, so that it prints as written, {@code **x**} as {@code **x**}.
     */
    public static RichText plain(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 128 && PUNCTUATION.indexOf(c) >= 0) escaped.append('\\');
            escaped.appendCodePoint(c);
        });
        return new RichText(escaped.toString());
    }

    /** The characters CommonMark lets a backslash escape: all of ASCII's punctuation. */
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    public boolean isEmpty() {
        return markdown.isEmpty();
    }

    /** The text as a CommonMark tree of the subset; parsing is thread-safe. */
    public Node parse() {
        return PARSER.parse(markdown);
    }

    /**
     * Whether a link to {@code destination} becomes a link: {@code http}, {@code https} or
     * {@code mailto}, in any case, with no space or control character anywhere in it (commonmark
     * has already decoded entities and backslash escapes, so {@code &#106;avascript:} arrives
     * here as {@code javascript:}).
     */
    public static boolean allowedLink(String destination) {
        return destination != null && ALLOWED_LINK.matcher(destination).matches();
    }

    /** The scheme a link names, for messages: {@code javascript} of {@code javascript:alert(1)}. */
    public static String scheme(String destination) {
        int colon = destination.indexOf(':');
        return colon <= 0 ? "" : destination.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return markdown;
    }
}
