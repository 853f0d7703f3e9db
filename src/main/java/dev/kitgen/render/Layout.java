package dev.kitgen.render;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import dev.kitgen.localize.Views;
import dev.kitgen.model.Language;

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
 * @param contents    in a packet, its documents in order with their anchors (or, on a PDF packet's front
 *                    page, the pages they start on); empty otherwise
 * @param front       whether the page is the front of a PDF packet, its title and contents, which is
 *                    joined to its documents' own PDFs rather than hold them
 * @param provenance  the document's provenance line ({@code doc.provenance}) as a CSS string,
 *                    escaped like {@code pageNumbers}, for the foot of every printed page
 * @param nest        what puts a document's Markdown headings one level down: {@code #} in a
 *                    packet's Markdown, whose parts sit below its one top-level heading, and empty
 *                    otherwise; placed raw before a heading's marks: {@code {{{layout.nest}}}## …}
 */
public record Layout(String paper, String pageNumbers, String provenance, List<Link> contents, boolean front,
                     String nest) {

    /** Names of the values that are escaped for their place here, so that templates place them raw. */
    static final java.util.Set<String> ESCAPED_FOR_THEIR_PLACE = java.util.Set.of("layout.pageNumbers", "layout.provenance",
            "layout.nest");

    /** The scope that names the layout {@code layout} for templates, beside the view. */
    record Scope(Layout layout) {}

    /**
     * A document of a packet: its title and the anchor of its heading in the packet's format, or
     * on a PDF packet's front page, where it links nowhere ({@code linked} false), the number of
     * the packet's page it starts on.
     */
    public record Link(String title, String anchor, boolean linked, String page) {}

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
                contents.add(new Link(part.title(), format == Format.MD && before > 0 ? anchor + "-" + before : anchor,
                        true, ""));
            }
        }
        List<Views.PagePart> pageNumbers = view.doc().pageNumbers();
        String provenanceText = view.doc().provenance();
        if (format == Format.PDF && Language.Direction.RTL.css().equals(view.doc().dir())) {
            pageNumbers = pageNumbers.stream().map(p -> new Views.PagePart(drawn(p.text()), p.page(), p.pages())).toList();
            provenanceText = drawn(provenanceText);
        }
        String nest = view instanceof Views.Packet && format == Format.MD ? "#" : "";
        StringBuilder provenance = new StringBuilder();
        appendCssString(provenance, provenanceText);
        return new Layout(paper.css(), pageNumbers(pageNumbers), provenance.toString(), contents, false, nest);
    }

    /**
     * The front page of a PDF packet, which lists its documents with the pages they start on.
     *
     * @param frontPages the pages the front takes
     * @param pages      the pages of each of the packet's documents, in order
     */
    static Layout front(Views.Packet packet, Paper paper, int frontPages, List<Integer> pages) {
        Layout layout = of(packet, Format.PDF, paper);
        List<Link> contents = new java.util.ArrayList<>();
        int start = frontPages + 1;
        for (int i = 0; i < layout.contents().size(); i++) {
            contents.add(new Link(layout.contents().get(i).title(), "", false, String.valueOf(start)));
            start += pages.get(i);
        }
        return new Layout(layout.paper(), layout.pageNumbers(), layout.provenance(), contents, true, layout.nest());
    }

    /**
     * Right-to-left text of a page's margin in the order its glyphs are drawn, left to right, with
     * Arabic letters joined: openhtmltopdf applies no bidi algorithm to generated content (CSS
     * {@code content} strings), so that the provenance line printed "العُدّة tiny" with its letters
     * apart and in reverse order. It does lay the pieces of a right-to-left margin out from the
     * right, so "Page {page} of {pages}" keeps its pieces in their order and only the text of each
     * is turned. Only for PDFs: a browser prints HTML's page margins with its own bidi.
     */
    static String drawn(String text) {
        if (text.isEmpty()) return text;
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
        } catch (ArabicShapingException e) {
            shaped = text;
        }
        // No-break spaces: the renderer drops a space at the edge of a piece, beside a number.
        return new Bidi(shaped, Bidi.RTL).writeReordered(Bidi.DO_MIRRORING).replace(' ', '\u00A0');
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
