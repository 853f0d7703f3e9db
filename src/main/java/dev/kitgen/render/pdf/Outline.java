package dev.kitgen.render.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds a PDF's outline (bookmarks) from the headings of its page, {@code h1} to {@code h3},
 * nested by level: a guide's sections sit under its title, and in a packet each document is a
 * top-level entry with its own sections below. openhtmltopdf reads the result from a
 * {@code <bookmarks>} element in the head; a heading without an id is given one to link to.
 */
final class Outline {

    private static final int DEEPEST = 3;

    static void add(Document page) {
        Element root = page.getDocumentElement();
        Element head = child(root, "head");
        if (head == null) return;
        String ns = root.getNamespaceURI();
        Element bookmarks = page.createElementNS(ns, "bookmarks");
        Deque<Element> open = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        int[] generated = {0};
        walk(root, heading -> {
            int level = heading.getLocalName().charAt(1) - '0';
            String id = heading.getAttribute("id");
            if (id.isEmpty()) {
                id = "kitgen-heading-" + ++generated[0];
                heading.setAttribute("id", id);
            }
            Element bookmark = page.createElementNS(ns, "bookmark");
            bookmark.setAttribute("name", heading.getTextContent().strip().replaceAll("\\s+", " "));
            bookmark.setAttribute("href", "#" + id);
            while (!levels.isEmpty() && levels.peek() >= level) {
                levels.pop();
                open.pop();
            }
            (open.isEmpty() ? bookmarks : open.peek()).appendChild(bookmark);
            open.push(bookmark);
            levels.push(level);
        });
        if (bookmarks.hasChildNodes()) head.appendChild(bookmarks);
    }

    private static void walk(Node node, java.util.function.Consumer<Element> onHeading) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
                if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '0' + DEEPEST) {
                    onHeading.accept(e);
                } else {
                    walk(e, onHeading);
                }
            }
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) return e;
        }
        return null;
    }

    private Outline() {}
}
