package dev.kitgen.render.pdf;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import org.w3c.dom.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives a printed page's writing room the space left at its foot. A scorecard's evidence, answer
 * and notes boxes ({@code div.box}, or {@code textarea} in a fillable one) have a fixed height, and
 * a page ends early where what follows a box is kept together and does not fit below it: the rest
 * of the page was left empty. So after a layout, each box that is the last thing on its page is
 * made as tall as the room left below it, less a margin, and the page is laid out again. What
 * follows the box has no more room on that page than before, so it still starts the next page, and
 * every page breaks where it did; only the box grew. Should a page break elsewhere all the same and
 * the document take more pages, the boxes are laid out as they were. When every box to grow is on
 * the document's last page and none is a form field, nothing follows them that a second layout
 * could move: they grow where they were laid out, with what ends with them on that page, and the
 * document is not laid out again. (On an earlier page, a second layout also moves what starts the
 * next page up by its top margin, which the box now takes; and a form field's widget is placed
 * from its style. There the document is laid out again.) One instance serves one conversion.
 */
final class WritingRoom {

    /** Room left under a box, in CSS pixels, that is too little to give it (about 5 mm). */
    private static final int LEAST = 20;

    /** What a grown box and what ends with it leave free above the page's foot, in CSS pixels (about 2.6 mm). */
    private static final int SPARE = 10;

    /** The boxes grown for the layout that follows, until it is judged, with the page each ended. */
    private final Map<Element, Integer> grown = new HashMap<>();

    /** The pages of the layout before the boxes grew, or -1 while they have not. */
    private int pagesBefore = -1;

    /**
     * Judges a layout of the document: on the first, grows the writing room that ends a page; on the
     * next, should a grown box not be on its page any more or the document have more pages (a page
     * broke elsewhere), takes the growth back. Returns whether the document must be laid out again.
     */
    boolean relayout(PdfBoxRenderer renderer) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        if (pagesBefore < 0) {
            pagesBefore = pages.size();
            grow(renderer);
            return !grown.isEmpty();
        }
        if (grown.isEmpty()) return false;
        boolean moved = pages.size() > pagesBefore;
        Deque<Box> boxes = new ArrayDeque<>(List.of(renderer.getRootBox()));
        while (!boxes.isEmpty() && !moved) {
            Box box = boxes.pop();
            Integer page = box instanceof BlockBox b && !b.isAnonymous() ? grown.get(box.getElement()) : null;
            moved = page != null && TableHeaders.page(pages, box.getAbsY() + box.getHeight() - 1) != page;
            for (int i = 0; i < box.getChildCount(); i++) boxes.push(box.getChild(i));
        }
        // Each box keeps an empty style: a box with a style of its own does not grow again.
        if (moved) grown.keySet().forEach(element -> element.setAttribute("style", ""));
        grown.clear();
        return moved;
    }

    /** Grows each box that is the last thing on its page by the room left below it. */
    private void grow(PdfBoxRenderer renderer) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        int dots = renderer.getSharedContext().getDotsPerPixel();
        CssContext c = renderer.getSharedContext().newRenderingContextInstance();
        // Per page: the lowest bottom of its content (boxes without boxes inside), and of anything
        // that ends on it, with its margin (the sections, the form and the body around the last box).
        int[] content = new int[pages.size()];
        int[] end = new int[pages.size()];
        Arrays.fill(content, Integer.MIN_VALUE);
        List<Box> rooms = new ArrayList<>();
        Deque<Box> boxes = new ArrayDeque<>(List.of(renderer.getRootBox()));
        while (!boxes.isEmpty()) {
            Box box = boxes.pop();
            int page = TableHeaders.page(pages, box.getAbsY());
            int bottom = box.getAbsY() + box.getHeight();
            boolean block = box instanceof BlockBox b && !b.isAnonymous();
            if (block && isRoom(box.getElement()) && box.getHeight() > 0) rooms.add(box);
            if (box.getChildCount() == 0 && box.getHeight() > 0) content[page] = Math.max(content[page], bottom);
            int last = TableHeaders.page(pages, Math.max(box.getAbsY(), bottom - 1));
            end[last] = Math.max(end[last], bottom + (block ? (int) box.getMargin(c).bottom() : 0));
            for (int i = 0; i < box.getChildCount(); i++) boxes.push(box.getChild(i));
        }
        Map<Box, Integer> growing = new LinkedHashMap<>();
        for (Box room : rooms) {
            int page = TableHeaders.page(pages, room.getAbsY());
            int bottom = room.getAbsY() + room.getHeight();
            int free = pages.get(page).getBottom() - end[page] - SPARE * dots;
            if (bottom < content[page] || bottom > pages.get(page).getBottom() || free < LEAST * dots) continue;
            growing.put(room, free);
        }
        int last = pages.size() - 1;
        if (growing.keySet().stream().allMatch(room -> TableHeaders.page(pages, room.getAbsY()) == last
                && !room.getElement().getLocalName().equals("textarea"))) {
            growing.forEach((room, free) -> growInPlace(room, free, pages, last));
            return;
        }
        growing.forEach((room, free) -> {
            // The style's height grows by what is free: the box is more than that height (its border,
            // its padding, and for a div a line's height that openhtmltopdf adds), by as much as before.
            float height = (specifiedHeight(room, c) + free) / dots;
            room.getElement().setAttribute("style",
                    String.format(Locale.ROOT, "box-sizing: content-box; height: %.2fpx; min-height: %.2fpx;", height, height));
            grown.put(room.getElement(), TableHeaders.page(pages, room.getAbsY()));
        });
    }

    /**
     * Grows a box on the document's last page where it was laid out, with each box around it that
     * ends on that page: nothing follows it there, so a second layout would move nothing else.
     */
    private static void growInPlace(Box room, int free, List<PageBox> pages, int page) {
        for (Box box = room; box != null; box = box.getParent()) {
            int bottom = box.getAbsY() + box.getHeight();
            if (TableHeaders.page(pages, Math.max(box.getAbsY(), bottom - 1)) != page) break;
            box.setHeight(box.getHeight() + free);
        }
    }

    /** The height the style gives a box's content (its height, or its least height if more), in dots. */
    private static float specifiedHeight(Box box, CssContext c) {
        CalculatedStyle style = box.getStyle();
        float least = style.getMinHeight(c, 0);
        return style.isIdent(CSSName.HEIGHT, IdentValue.AUTO) ? least
                : Math.max(least, style.getFloatPropertyProportionalHeight(CSSName.HEIGHT, 0, c));
    }

    /** Whether {@code element} is writing room that has not grown yet. */
    private static boolean isRoom(Element element) {
        if (element == null || element.hasAttribute("style")) return false;
        if (element.getLocalName().equals("textarea")) return true;
        return element.getLocalName().equals("div") && List.of(element.getAttribute("class").split(" ")).contains("box");
    }
}

