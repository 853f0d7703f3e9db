package dev.kitgen.render;

import dev.kitgen.model.RichText;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link RichText} in an output format, every piece of its text escaped for that format:
 * the only markup that comes out is that of the subset (paragraphs, lists, emphasis, links to
 * http, https and mailto, inline code). Raw HTML comes out as text; so does a link to another
 * scheme, its words followed by its address in brackets. An image becomes a link to it, its
 * description the link's words. The text fits the place the template puts it, which the line
 * written so far tells: in HTML, on a line of its own it is blocks ({@code <p>}, lists), and
 * after the template's text on a line, one paragraph is written as bare text, as plain text
 * was; in Markdown, a table cell gets one line, a list item its blocks indented under it.
 */
final class RichTextWriter {

    /** A list item's start, as a template writes it: the indentation, the marker and its space. */
    private static final Pattern LIST_ITEM = Pattern.compile("^( *)([-+*]|\\d{1,9}[.)])( +)");

    // ---------------------------------------------------------------- HTML

    /**
     * The text as HTML. {@code block}: the text stands where blocks go (the template places it on
     * a line of its own), so a paragraph is a {@code <p>}; otherwise (it goes on a line of the
     * template's, in an element of the template's) a text of one paragraph is that paragraph's
     * content alone.
     */
    static String html(RichText text, boolean block) {
        Node doc = text.parse();
        StringBuilder out = new StringBuilder(text.markdown().length() + 32);
        List<Node> blocks = blocks(doc);
        if (!block && blocks.size() == 1 && blocks.get(0) instanceof Paragraph p) {
            htmlInline(p, out);
        } else {
            blocks.forEach(b -> htmlBlock(b, false, out));
        }
        return out.toString();
    }

    private static void htmlBlock(Node block, boolean tight, StringBuilder out) {
        if (block instanceof Paragraph p) {
            if (!tight) out.append("<p>");
            htmlInline(p, out);
            if (!tight) out.append("</p>");
        } else if (block instanceof ListBlock list) {
            int start = firstNumber(list);
            String tag = list instanceof BulletList ? "ul" : "ol";
            out.append('<').append(tag).append(start == 1 ? "" : " start=\"" + start + "\"").append('>');
            for (Node item : children(list)) {
                out.append("<li>");
                List<Node> inner = blocks(item);
                for (int i = 0; i < inner.size(); i++) {
                    // In a tight list, paragraphs are bare text; one that follows another needs a break.
                    if (i > 0 && list.isTight() && inner.get(i) instanceof Paragraph && inner.get(i - 1) instanceof Paragraph) {
                        out.append("<br />");
                    }
                    htmlBlock(inner.get(i), list.isTight(), out);
                }
                out.append("</li>");
            }
            out.append("</").append(tag).append('>');
        }
    }

    private static void htmlInline(Node parent, StringBuilder out) {
        for (Node n : children(parent)) {
            if (n instanceof Text t) {
                out.append(Escaping.html(t.getLiteral()));
            } else if (n instanceof Code c) {
                out.append("<code>").append(Escaping.html(c.getLiteral())).append("</code>");
            } else if (n instanceof Emphasis) {
                out.append("<em>");
                htmlInline(n, out);
                out.append("</em>");
            } else if (n instanceof StrongEmphasis) {
                out.append("<strong>");
                htmlInline(n, out);
                out.append("</strong>");
            } else if (n instanceof Link || n instanceof Image) {
                String to = destination(n);
                if (RichText.allowedLink(to)) {
                    out.append("<a href=\"").append(Escaping.html(to)).append("\">");
                    htmlLinkText(n, to, out);
                    out.append("</a>");
                } else {
                    // Shown as written, address and all, so that the kit's author sees why it is no link.
                    htmlLinkText(n, to, out);
                    if (n.getFirstChild() != null) out.append(" (").append(Escaping.html(to)).append(')');
                }
            } else if (n instanceof HtmlInline h) {
                out.append(Escaping.html(h.getLiteral()));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ');
            } else {
                htmlInline(n, out);
            }
        }
    }

    /** A link's text; an image's is its description, or its address when it has none. */
    private static void htmlLinkText(Node link, String to, StringBuilder out) {
        if (link.getFirstChild() == null && link instanceof Image) {
            out.append(Escaping.html(to));
        } else {
            htmlInline(link, out);
        }
    }

    // ---------------------------------------------------------------- Markdown

    /**
     * The text as Markdown for a place whose line so far is {@code line}: in a table row (the
     * line starts with {@code |}), everything on one line, list items marked with bullets or
     * numbers; elsewhere, the first paragraph goes on where the line is, and each further block
     * starts after a blank line, indented to the list item the line starts (if any). When the
     * text does not start with a paragraph, it starts with a line break. {@code previousLine} is
     * the last line before it that is not blank.
     */
    static String markdown(RichText text, String line, String previousLine) {
        Node doc = text.parse();
        if (line.stripLeading().startsWith("|")) return cell(doc);
        String indent = " ".repeat(contentColumn(line));
        StringBuilder out = new StringBuilder(text.markdown().length() + 32);
        List<Node> blocks = blocks(doc);
        if (!blocks.isEmpty() && blocks.get(0) instanceof ListBlock && line.isBlank() && continuesList(previousLine, indent)) {
            // After a blank line, a list goes on the template's list above it; a comment ends that one.
            out.append("<!-- -->\n\n").append(indent);
        }
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            boolean continuesLine = i == 0 && (block instanceof Paragraph || line.isBlank());
            if (!continuesLine) out.append("\n\n").append(indent);
            markdownBlock(block, indent, out);
        }
        return out.toString();
    }

    /** Whether a list starting at {@code indent} would be read as going on the list whose item {@code previousLine} is. */
    private static boolean continuesList(String previousLine, String indent) {
        Matcher m = LIST_ITEM.matcher(previousLine);
        return m.find() && m.group(1).length() == indent.length();
    }

    /** Where a list item's text starts, if the line starts a list item; else the line's indentation. */
    private static int contentColumn(String line) {
        Matcher m = LIST_ITEM.matcher(line);
        if (m.find()) return m.end();
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') spaces++;
        return spaces;
    }

    /** A block whose first line starts where the output is; its other lines start with {@code indent}. */
    private static void markdownBlock(Node block, String indent, StringBuilder out) {
        if (block instanceof Paragraph p) {
            out.append(markdownInline(p, false, true));
        } else if (block instanceof ListBlock list) {
            int number = firstNumber(list);
            boolean first = true;
            for (Node item : children(list)) {
                if (!first) out.append(list.isTight() ? "\n" : "\n\n").append(indent);
                first = false;
                String marker = list instanceof BulletList ? "-" : number++ + ".";
                out.append(marker);
                markdownItem(item, indent + " ".repeat(marker.length() + 1), list.isTight(), out);
            }
        }
        // Other blocks never reach here: the parser knows only paragraphs and lists.
    }

    private static void markdownItem(Node item, String indent, boolean tight, StringBuilder out) {
        List<Node> inner = blocks(item);
        for (int i = 0; i < inner.size(); i++) {
            if (i == 0) out.append(' ');
            else out.append(tight ? "\n" : "\n\n").append(indent);
            markdownBlock(inner.get(i), indent, out);
        }
    }

    /** A table cell's form: one line, with each list item after a bullet or its number. */
    private static String cell(Node doc) {
        List<String> pieces = new ArrayList<>();
        cellPieces(doc, pieces);
        return String.join(" ", pieces);
    }

    private static void cellPieces(Node parent, List<String> pieces) {
        for (Node block : blocks(parent)) {
            if (block instanceof Paragraph p) {
                pieces.add(markdownInline(p, true, false));
            } else if (block instanceof ListBlock list) {
                int number = firstNumber(list);
                for (Node item : children(list)) {
                    pieces.add(list instanceof BulletList ? "•" : number++ + ".");
                    cellPieces(item, pieces);
                }
            }
        }
    }

    /**
     * The inline content of {@code parent} on one line. {@code lineStart}: the first text begins
     * a line, where a leading {@code #}, {@code -} or {@code 1.} would start a block.
     */
    private static String markdownInline(Node parent, boolean inCell, boolean lineStart) {
        StringBuilder out = new StringBuilder();
        boolean atStart = lineStart;
        for (Node n : children(parent)) {
            if (n instanceof Text t) {
                out.append(Escaping.markdownText(t.getLiteral(), atStart));
            } else if (n instanceof Code c) {
                out.append(codeSpan(c.getLiteral(), inCell));
            } else if (n instanceof Emphasis) {
                out.append('*').append(markdownInline(n, inCell, false)).append('*');
            } else if (n instanceof StrongEmphasis) {
                out.append("**").append(markdownInline(n, inCell, false)).append("**");
            } else if (n instanceof Link || n instanceof Image) {
                out.append(markdownLink(n, inCell, atStart));
            } else if (n instanceof HtmlInline h) {
                out.append(Escaping.markdownText(h.getLiteral(), atStart));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ');
            } else {
                out.append(markdownInline(n, inCell, atStart));
            }
            atStart = false;
        }
        return out.toString();
    }

    private static String markdownLink(Node link, boolean inCell, boolean lineStart) {
        String to = destination(link);
        String label = link.getFirstChild() == null && link instanceof Image
                ? Escaping.markdownText(to, lineStart)
                : markdownInline(link, inCell, lineStart);
        if (!RichText.allowedLink(to)) {
            return link.getFirstChild() == null ? label : label + " (" + Escaping.markdownText(to, false) + ")";
        }
        return "[" + label + "](" + markdownUrl(to) + ")";
    }

    /** An address that ends where it should: what would end it early or split a table cell is percent-encoded. */
    private static String markdownUrl(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            switch (c) {
                case '(', ')', '<', '>', '|', '\\', '`', ' ', '"' -> out.append('%').append(String.format("%02X", (int) c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Inline code, fenced with more backticks than it holds in a row; in a table, its pipes escaped. */
    private static String codeSpan(String code, boolean inCell) {
        String literal = code.replaceAll("[\\p{Cntrl}]", " ");
        if (literal.isBlank()) return "";
        int longest = 0;
        Matcher m = Pattern.compile("`+").matcher(literal);
        while (m.find()) longest = Math.max(longest, m.group().length());
        String fence = "`".repeat(longest + 1);
        // commonmark takes one space off each end when both have one, and a backtick there would join the fence.
        boolean pad = literal.startsWith("`") || literal.endsWith("`") || literal.startsWith(" ") && literal.endsWith(" ");
        if (inCell) literal = literal.replace("|", "\\|");
        return fence + (pad ? " " : "") + literal + (pad ? " " : "") + fence;
    }

    private static int firstNumber(ListBlock list) {
        Integer start = list instanceof OrderedList o ? o.getMarkerStartNumber() : null;
        return start == null ? 1 : start;
    }

    private static String destination(Node link) {
        return link instanceof Link l ? l.getDestination() : ((Image) link).getDestination();
    }

    /** The blocks of a document or list item that show: a link reference definition does not. */
    private static List<Node> blocks(Node parent) {
        List<Node> blocks = new ArrayList<>();
        for (Node n : children(parent)) {
            if (!(n instanceof LinkReferenceDefinition)) blocks.add(n);
        }
        return blocks;
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) children.add(n);
        return children;
    }

    private RichTextWriter() {}
}
