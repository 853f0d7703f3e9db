package dev.kitgen.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts every form field into the PDF's structure tree, which openhtmltopdf leaves it out of, so that
 * a fillable PDF is accessible too (PDF/UA-1 7.18.4: a widget annotation is inside a {@code Form}
 * structure element). Each widget gets a {@code Form} element that refers to it ({@code OBJR}),
 * placed beside its label, in the structure element that holds it: the text nearest to it on its
 * page where a label stands, right of a button ("3 Meets the bar"), left of a text field on its line
 * ("Candidate") or above it ("Evidence"); the nearest text at all when none stands there.
 * The widget finds its element again through its {@code /StructParent} entry in the parent tree.
 */
final class FormTags {

    /** A run of tagged text on a page: its marked-content id and where it is (top-left origin). */
    private record Text(int mcid, float left, float top, float right, float bottom) {

        /**
         * How well this text stands where the label of a field at {@code box} stands: 0 on its line
         * on the label's side (right of a button, left of a text field), 1 above a text field and
         * across from it, 2 anywhere else.
         */
        int place(float[] box, boolean button) {
            boolean sameLine = top < box[3] && bottom > box[1];
            if (sameLine && (button ? left >= box[2] - 1 : right <= box[0] + 1)) return 0;
            boolean across = left < box[2] && right > box[0];
            return !button && across && bottom <= box[1] + 1 ? 1 : 2;
        }

        /** The gap between this text and a box, 0 where they touch or overlap. */
        double distance(float[] box) {
            double dx = Math.max(0, Math.max(left - box[2], box[0] - right));
            double dy = Math.max(0, Math.max(top - box[3], box[1] - bottom));
            return Math.hypot(dx, dy);
        }
    }

    static void add(PDDocument pdf) throws IOException {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null || pdf.getDocumentCatalog().getAcroForm(null) == null) return;
        COSDictionary parentTree = root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
        COSArray numbers = parentTree == null ? null : parentTree.getCOSArray(COSName.NUMS);
        if (numbers == null) {
            throw new IllegalStateException("the structure tree's parent tree is not one flat /Nums array");
        }
        int next = Math.max(root.getParentTreeNextKey(), nextKey(numbers));
        for (PDPage page : pdf.getPages()) {
            List<PDAnnotationWidget> widgets = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationWidget widget && widget.getStructParent() < 0) widgets.add(widget);
            }
            if (widgets.isEmpty()) continue;
            COSArray elements = (COSArray) lookUp(numbers, page.getStructParents());
            List<Text> texts = texts(page, elements);
            for (PDAnnotationWidget widget : widgets) {
                COSDictionary form = tag(widget, page, texts, elements, root);
                widget.setStructParent(next);
                numbers.add(COSInteger.get(next));
                numbers.add(form);
                next++;
            }
        }
        root.setParentTreeNextKey(next);
    }

    /** A new Form element for {@code widget}, put beside its label in the structure tree. */
    private static COSDictionary tag(PDAnnotationWidget widget, PDPage page, List<Text> texts, COSArray elements,
                                     PDStructureTreeRoot root) {
        float[] box = box(page, widget.getRectangle());
        boolean button = isButton(widget);
        Text label = label(texts, box, button);
        COSDictionary holder = label == null ? topElement(root) : (COSDictionary) elements.getObject(label.mcid());
        COSDictionary heading = null;
        if (!button && isHeading(holder) && holder.getCOSDictionary(COSName.P) != null) {
            heading = holder;
            holder = holder.getCOSDictionary(COSName.P);
        }
        COSDictionary form = formElement(widget, page, holder);
        COSArray kids = kids(holder);
        int at = kids.size();
        for (int i = 0; i < kids.size(); i++) {
            if (heading != null && kids.getObject(i) == heading) {
                at = i + 1;
                break;
            }
            if (heading == null && button && label != null && mcid(kids.get(i), page) == label.mcid()) {
                at = i;
                break;
            }
        }
        kids.add(at, form);
        return form;
    }

    /** Whether a widget is a radio button or check box, whose field type it may inherit from its field. */
    private static boolean isButton(PDAnnotationWidget widget) {
        for (COSDictionary d = widget.getCOSObject(); d != null; d = d.getCOSDictionary(COSName.PARENT)) {
            COSName type = d.getCOSName(COSName.FT);
            if (type != null) return type.equals(COSName.BTN);
        }
        return false;
    }

    /** The element the structure tree starts with (openhtmltopdf's Document). */
    private static COSDictionary topElement(PDStructureTreeRoot root) {
        COSBase top = root.getCOSObject().getDictionaryObject(COSName.K);
        if (top instanceof COSArray array) top = array.getObject(0);
        return (COSDictionary) top;
    }

    /** One more than the highest key of the parent tree. */
    private static int nextKey(COSArray numbers) {
        int next = 0;
        for (int i = 0; i < numbers.size(); i += 2) next = Math.max(next, numbers.getInt(i) + 1);
        return next;
    }

    private static COSBase lookUp(COSArray numbers, int key) {
        for (int i = 0; i < numbers.size(); i += 2) {
            if (numbers.getInt(i) == key) return numbers.getObject(i + 1);
        }
        return null;
    }

    /** A widget's rectangle as left, top, right, bottom from the page's top-left corner, like text positions. */
    private static float[] box(PDPage page, PDRectangle rect) {
        PDRectangle crop = page.getCropBox();
        return new float[]{rect.getLowerLeftX() - crop.getLowerLeftX(), crop.getUpperRightY() - rect.getUpperRightY(),
                rect.getUpperRightX() - crop.getLowerLeftX(), crop.getUpperRightY() - rect.getLowerLeftY()};
    }

    /** The tagged text of a page that belongs to a structure element, in the order the page draws it. */
    private static List<Text> texts(PDPage page, COSArray elements) throws IOException {
        List<Text> texts = new ArrayList<>();
        if (elements == null) return texts;
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        for (PDMarkedContent content : extractor.getMarkedContents()) collect(content, elements, texts);
        return texts;
    }

    private static void collect(PDMarkedContent content, COSArray elements, List<Text> texts) {
        int mcid = content.getMCID();
        float left = Float.MAX_VALUE, top = Float.MAX_VALUE, right = -Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
        for (Object part : content.getContents()) {
            if (part instanceof PDMarkedContent inner) {
                collect(inner, elements, texts);
            } else if (part instanceof TextPosition glyph && !glyph.getUnicode().isBlank()) {
                left = Math.min(left, glyph.getXDirAdj());
                right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
                top = Math.min(top, glyph.getYDirAdj() - glyph.getHeightDir());
                bottom = Math.max(bottom, glyph.getYDirAdj());
            }
        }
        boolean tagged = mcid >= 0 && mcid < elements.size() && elements.getObject(mcid) instanceof COSDictionary;
        if (tagged && left <= right) texts.add(new Text(mcid, left, top, right, bottom));
    }

    /** The text best placed to be the label of a field at {@code box}, the nearest of equally placed ones; null on a page without text. */
    private static Text label(List<Text> texts, float[] box, boolean button) {
        Text best = null;
        for (Text text : texts) {
            int place = text.place(box, button);
            if (best == null || place < best.place(box, button)
                    || place == best.place(box, button) && text.distance(box) < best.distance(box)) {
                best = text;
            }
        }
        return best;
    }

    private static COSDictionary formElement(PDAnnotationWidget widget, PDPage page, COSDictionary parent) {
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
        reference.setItem(COSName.OBJ, widget.getCOSObject());
        reference.setItem(COSName.PG, page.getCOSObject());
        COSDictionary form = new COSDictionary();
        form.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        form.setItem(COSName.S, COSName.getPDFName("Form"));
        form.setItem(COSName.P, parent);
        form.setItem(COSName.PG, page.getCOSObject());
        form.setItem(COSName.K, reference);
        return form;
    }

    /**
     * The kids of a structure element as an array it holds, which a field's Form element can join:
     * for a button right before its label's marked content, for a text field after its label, that
     * is after the heading over it or at the end of the element that holds its label.
     */
    private static COSArray kids(COSDictionary element) {
        COSBase kids = element.getDictionaryObject(COSName.K);
        if (kids instanceof COSArray array) return array;
        COSArray array = new COSArray();
        if (kids != null) array.add(element.getItem(COSName.K));
        element.setItem(COSName.K, array);
        return array;
    }

    /** Whether a structure element is a heading (H, H1…H6), which holds no field: it goes after it. */
    private static boolean isHeading(COSDictionary element) {
        String type = element.getNameAsString(COSName.S);
        return type != null && type.matches("H[1-6]?");
    }

    /** The marked-content id on {@code page} a kid of a structure element stands for, or -1 for anything else. */
    private static int mcid(COSBase kid, PDPage page) {
        if (kid instanceof COSObject object) kid = object.getObject();
        if (kid instanceof COSInteger id) return id.intValue();
        if (kid instanceof COSDictionary reference && COSName.getPDFName("MCR").equals(reference.getCOSName(COSName.TYPE))) {
            COSBase on = reference.getDictionaryObject(COSName.PG);
            return on == null || on == page.getCOSObject() ? reference.getInt(COSName.MCID) : -1;
        }
        return -1;
    }

    private FormTags() {}
}
