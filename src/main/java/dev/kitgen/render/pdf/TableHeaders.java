package dev.kitgen.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import com.openhtmltopdf.newtable.TableBox;
import com.openhtmltopdf.newtable.TableSectionBox;
import com.openhtmltopdf.pdfboxout.PdfBoxFontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.render.RenderingContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prepares the tables of a page for openhtmltopdf, which repeats a table's header (and footer)
 * on every page the table continues on when the style sheet asks for it
 * ({@code -fs-table-paginate: paginate}, as kitgen's does), and which goes wrong in two ways
 * when it does. Both end with the header painted on a page before its table: openhtmltopdf
 * builds the tagged (PDF/UA) structure in painting order, so {@code PdfBoxAccessibilityHelper}
 * then makes the header a plain element instead of the table's head, and the table throws a
 * NullPointerException while logging the mismatch.
 *
 * <ul>
 * <li><b>A header taller than a page.</b> Its height is reserved at the top of every page the
 * table continues on, more than the page holds, so each row is pushed on again (a guide whose
 * stage titles filled the coverage table's header ran to 6,136 pages); and the repeated header
 * is placed just above the rows of its page, which reaches back before the table. So a table
 * whose header and footer might take more than {@link #MAX_LINES} lines prints them once, where
 * they stand, as in HTML. Lines are counted as openhtmltopdf breaks text, with its own line
 * breaker: a cell whose text has N pieces between line-break opportunities takes at most N
 * lines, however narrow its column, because a piece that does not fit overflows its line instead
 * of breaking (kitgen's style does not set {@code word-wrap: break-word}); each element in a cell (a {@code <br>}, a paragraph) may start one more. Ten lines
 * of kitgen's style take about a quarter of a page.</li>
 * <li><b>A top margin across a page break.</b> A table's first page is taken to be that of its
 * top margin, not of its border; when the margin ends on the next page (the table was moved
 * there, or the text before it ends within a margin of the page's foot), the table's real first
 * page is handled as a page it continues on, and its header is moved up above the rows, onto the
 * page before. So a table that repeats its header is wrapped in a {@code <div>}: openhtmltopdf
 * gives the space above the table (its margin, collapsed with the margin before it) to the
 * {@code div}, and the table itself starts at its border. The layout is the same to the pixel;
 * the structure gains a {@code Div} around the {@code Table}.</li>
 * <li><b>A table whose first row starts on the page after its top.</b> The same mistake without a
 * margin: when the table's first row does not fit at the foot of a page, openhtmltopdf moves the
 * row group to the next page but leaves the table's top (and so the page it counts as the table's
 * first) behind, after the margin of the wrapper. The header's own page is then handled as one the
 * table continues on: the header is moved above the first line there, which is the header itself,
 * onto the page before; there its text is painted outside the page and the table's structure does
 * not exist yet, and on its own page the header is an empty bar. Nothing in the page tells this
 * in advance, so it is found after layout: {@link #misplaced} asks openhtmltopdf, as its painter
 * does, where it would put each repeated header on each page of its table, and the converter lays
 * the page out again with such tables printing their header once.</li>
 * </ul>
 */
final class TableHeaders {

    /** The most lines a table's header and footer may take together and still be repeated on its every page. */
    static final int MAX_LINES = 10;

    private static final List<String> REPEATED = List.of("thead", "tfoot");

    /** Prepares every table of {@code page} that has a header or a footer; returns how many print them only once. */
    static int prepare(Document page) {
        List<Element> tables = new ArrayList<>();
        NodeList found = page.getElementsByTagNameNS("*", "table");
        for (int i = 0; i < found.getLength(); i++) tables.add((Element) found.item(i));
        int printedOnce = 0;
        for (Element table : tables) {
            List<Element> repeated = children(table, REPEATED);
            if (repeated.isEmpty()) continue;
            if (lines(repeated) > MAX_LINES) {
                printOnce(table);
                printedOnce++;
            } else {
                Element wrapper = page.createElementNS(table.getNamespaceURI(), "div");
                table.getParentNode().insertBefore(wrapper, table);
                wrapper.appendChild(table);
            }
        }
        return printedOnce;
    }

    /**
     * The tables of a laid-out page whose repeated header openhtmltopdf would place off the page it is
     * repeated on (the header's place is where the painter puts it: {@code updateHeaderFooterPosition}
     * for each page, the first page being the one the table's top is on). The header is left where
     * layout put it, ready for painting.
     */
    static List<Element> misplaced(PdfBoxRenderer renderer) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        RenderingContext c = renderer.getSharedContext().newRenderingContextInstance();
        c.setFontContext(new PdfBoxFontContext());
        c.setRootLayer(renderer.getRootBox().getLayer());
        List<Element> found = new ArrayList<>();
        List<Box> boxes = new ArrayList<>(List.of(renderer.getRootBox()));
        while (!boxes.isEmpty()) {
            Box box = boxes.remove(boxes.size() - 1);
            if (box instanceof TableBox table && table.hasContentLimitContainer() && table.getChildCount() > 0
                    && table.getChild(0) instanceof TableSectionBox head && head.isHeader()
                    && !headerStaysOnItsPages(c, pages, table, head)) {
                found.add(table.getElement());
            }
            for (int i = 0; i < box.getChildCount(); i++) boxes.add(box.getChild(i));
        }
        return found;
    }

    /** Whether {@code head}, wherever openhtmltopdf places it on a page of {@code table}, lies within that page. */
    private static boolean headerStaysOnItsPages(RenderingContext c, List<PageBox> pages, TableBox table, TableSectionBox head) {
        int first = page(pages, table.getAbsY());
        int last = page(pages, table.getAbsY() + Math.max(0, table.getHeight() - 1));
        int original = head.getAbsY();
        boolean within = true;
        for (int p = first; p <= last && within; p++) {
            int before = head.getAbsY();
            c.setPage(p, pages.get(p));
            table.updateHeaderFooterPosition(c);
            // A page where the table has no line of its own leaves the header where it was.
            boolean placed = p == first || head.getAbsY() != before;
            within = !placed || (head.getAbsY() >= pages.get(p).getTop()
                    && head.getAbsY() + head.getHeight() <= pages.get(p).getBottom());
        }
        c.setPage(first, pages.get(first));
        table.updateHeaderFooterPosition(c);
        return within && head.getAbsY() == original;
    }

    /** The index of the page whose content holds the point {@code y} of the document (the last for a point below). */
    static int page(List<PageBox> pages, int y) {
        for (int p = 0; p < pages.size(); p++) {
            if (y < pages.get(p).getBottom()) return p;
        }
        return pages.size() - 1;
    }

    /** Makes every table of {@code page} print its header and footer once. */
    static void printOnce(Document page) {
        NodeList found = page.getElementsByTagNameNS("*", "table");
        for (int i = 0; i < found.getLength(); i++) printOnce((Element) found.item(i));
    }

    /** Makes {@code table} print its header and footer once, where they stand. */
    static void printOnce(Element table) {
        addStyle(table, "-fs-table-paginate: auto");
    }

    private static void addStyle(Element element, String declaration) {
        String style = element.getAttribute("style").strip();
        element.setAttribute("style", (style.isEmpty() || style.endsWith(";") ? style : style + ";") + declaration + ";");
    }

    /** The most lines the rows of these sections can take, or {@code MAX_LINES + 1} once that is known to be more. */
    private static int lines(List<Element> sections) {
        int lines = 0;
        for (Element section : sections) {
            for (Element row : children(section, List.of("tr"))) {
                int tallest = 1;
                for (Element cell : children(row, null)) {
                    tallest = Math.max(tallest, lines(cell.getTextContent())
                            + cell.getElementsByTagNameNS("*", "*").getLength());
                }
                lines += tallest;
                if (lines > MAX_LINES) return MAX_LINES + 1;
            }
        }
        return lines;
    }

    /** The pieces of {@code text} between line-break opportunities (at least one), counted up to one past the limit. */
    private static int lines(String text) {
        FSTextBreaker breaker = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
        breaker.setText(text);
        int pieces = 0;
        while (pieces <= MAX_LINES && breaker.next() != BreakIterator.DONE) pieces++;
        return Math.max(1, pieces);
    }

    /** The child elements of {@code parent} with one of these local names, or all of them for {@code null}. */
    private static List<Element> children(Element parent, List<String> names) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (names == null || names.contains(e.getLocalName()))) found.add(e);
        }
        return found;
    }

    private TableHeaders() {}
}
