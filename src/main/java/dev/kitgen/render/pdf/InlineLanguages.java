package dev.kitgen.render.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives text in another language than the page's its language in the PDF's tagged structure, as
 * HTML marks it: {@code <span lang="en">} around a text that fell back to English. openhtmltopdf
 * gives an element's {@code lang} to its structure element as {@code /Lang}, but makes no
 * structure element for an inline element that holds a single text and sits straight in a line:
 * it hands that text to the enclosing paragraph, whose language is the page's, so that a screen
 * reader would read the English in an Arabic voice. An inline element with a language therefore
 * gets its contents wrapped in an inner {@code span} of the same language: the inner one sits in
 * the outer one, not in the line, and becomes a {@code Span} structure element with its
 * {@code /Lang}. Blocks (a {@code div} of rich text in another language) need nothing: every
 * block is a structure element of its own.
 */
final class InlineLanguages {

    static void mark(Document dom) {
        NodeList spans = dom.getElementsByTagNameNS("*", "span");
        List<Element> marked = new ArrayList<>();
        for (int i = 0; i < spans.getLength(); i++) {
            Element span = (Element) spans.item(i);
            if (span.hasAttribute("lang")) marked.add(span);
        }
        for (Element span : marked) {
            Element inner = dom.createElementNS(span.getNamespaceURI(), span.getTagName());
            inner.setAttribute("lang", span.getAttribute("lang"));
            for (Node child = span.getFirstChild(); child != null; child = span.getFirstChild()) {
                inner.appendChild(child);
            }
            span.appendChild(inner);
        }
    }

    private InlineLanguages() {}
}
