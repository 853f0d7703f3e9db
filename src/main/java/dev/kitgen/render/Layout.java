package dev.kitgen.render;

import dev.kitgen.localize.Views;

import java.util.List;

/**
 * What a template places that depends on the output format and the paper rather than on the
 * language: the page size and the page numbers of the print styles, and a packet's table of
 * contents with the anchors its headings have in the format. Templates reach it as
 * {@code layout}, beside the view.
 *
 * @param paper       the CSS page size, such as {@code A4} or {@code letter}
 * @param pageNumbers the localized "Page 1 of 3" as a CSS {@code content} value (strings and
 *                    {@code counter(page)}), escaped for CSS and safe to place unescaped in a
 *                    style element: {@code {{{layout.pageNumbers}}}}
 * @param contents    in a packet, its documents in order with their anchors; empty otherwise
 */
public record Layout(String paper, String pageNumbers, List<Link> contents) {

    /** Names of the values that are escaped for their place here, so that templates place them raw. */
    static final java.util.Set<String> ESCAPED_FOR_THEIR_PLACE = java.util.Set.of("layout.pageNumbers");

    /** The scope that names the layout {@code layout} for templates, beside the view. */
    record Scope(Layout layout) {}

    /** A document of a packet: its title and the anchor of its heading in the packet's format. */
    public record Link(String title, String anchor) {}

    public Layout {
        contents = List.copyOf(contents);
    }

    static Layout of(Views.View view, Format format, Paper paper) {
        List<Link> contents = new java.util.ArrayList<>();
        if (view instanceof Views.Packet packet) {
            // GitHub numbers the anchors of headings that are alike, so that each links to its own.
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (Views.DocumentInfo part : packet.parts()) {
                String anchor = anchor(part, format);
                int before = seen.merge(anchor, 1, Integer::sum) - 1;
                contents.add(new Link(part.title(), format == Format.MD && before > 0 ? anchor + "-" + before : anchor));
            }
        }
        return new Layout(paper.css(), pageNumbers(view.doc().pageNumbers()), contents);
    }

    /** In HTML, the id of the part's section; in Markdown, the anchor GitHub gives the part's heading. */
    private static String anchor(Views.DocumentInfo part, Format format) {
        return format == Format.MD ? githubSlug(part.title()) : part.part();
    }

    /**
     * The anchor GitHub gives a Markdown heading: lower case, spaces as hyphens, and punctuation
     * other than hyphens and underscores left out; letters of any script stay.
     */
    static String githubSlug(String heading) {
        StringBuilder slug = new StringBuilder();
        heading.strip().toLowerCase(java.util.Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /** The pieces as CSS content: the text as CSS strings, the numbers as the counters the PDF renderer fills in. */
    static String pageNumbers(List<Views.PagePart> parts) {
        StringBuilder css = new StringBuilder();
        for (Views.PagePart part : parts) {
            if (css.length() > 0) css.append(' ');
            if (part.page()) css.append("counter(page)");
            else if (part.pages()) css.append("counter(pages)");
            else appendCssString(css, part.text());
        }
        return css.toString();
    }

    /** A CSS string of {@code text}; what could end the string or the style element is escaped. */
    private static void appendCssString(StringBuilder css, String text) {
        css.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                css.append(c);
            }
        }
        css.append('"');
    }
}
