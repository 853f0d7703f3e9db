package dev.kitgen.render.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the form fields openhtmltopdf writes work in every reader. It names a radio button's
 * on-states by index ({@code /0}, {@code /1}, …) with the values only in {@code /Opt}, so a script
 * reading rating 3 got {@code 2}; its marks are ZapfDingbats text whose font the appearance does
 * not even reference, so poppler shows a chosen button as empty; text fields size their text to
 * fit; and button groups have no accessible name. Here each on-state is named by its value
 * ({@code 1}…the top of the scale, a recommendation's name, a check box's {@code yes}), each
 * button gets drawn appearances (a ring, a dot or a tick, no font), text fields a fixed 9 pt, and
 * every field without one an accessible name ({@code /TU}) from the page: its {@code title}, else
 * the heading of its section.
 */
final class FormFields {

    private static final float TEXT_SIZE = 9f;

    /** What a button shows, in the page's text colour. */
    private static final String INK = "0.114 0.141 0.188";

    /** The accessible names of the page's fields, by field name, read before layout. */
    static Map<String, String> names(Document dom) {
        Map<String, String> names = new HashMap<>();
        for (String tag : List.of("input", "textarea")) {
            NodeList elements = dom.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                String name = element.getAttribute("name");
                String type = element.getAttribute("type");
                String label = type.equals("radio") ? sectionHeading(element) : element.getAttribute("title");
                if (!name.isEmpty() && !label.isBlank()) names.putIfAbsent(name, label.strip());
            }
        }
        return names;
    }

    /** The text of the first heading of the section around {@code element}, or its title if none. */
    private static String sectionHeading(Element element) {
        for (Node n = element.getParentNode(); n instanceof Element section; n = n.getParentNode()) {
            if (section.getLocalName() != null && section.getLocalName().equals("section")) {
                NodeList headings = section.getElementsByTagNameNS("*", "h2");
                if (headings.getLength() > 0) return headings.item(0).getTextContent().replaceAll("\\s+", " ");
            }
        }
        return element.getAttribute("title");
    }

    static void finish(PDDocument pdf, Map<String, String> names) throws IOException {
        PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
        if (form == null) return;
        String textAppearance = null;
        for (PDField field : form.getFieldTree()) {
            String name = names.get(field.getFullyQualifiedName());
            if (name != null && field.getAlternateFieldName() == null) field.setAlternateFieldName(name);
            if (field instanceof PDTextField text) {
                text.setDefaultAppearance(fixedSize(text.getDefaultAppearance()));
                if (textAppearance == null) textAppearance = text.getDefaultAppearance();
                for (PDAnnotationWidget widget : text.getWidgets()) {
                    String da = widget.getCOSObject().getString(COSName.DA);
                    if (da != null) widget.getCOSObject().setString(COSName.DA, fixedSize(da));
                }
            } else if (field instanceof PDButton button) {
                nameStatesByValue(pdf, button);
            }
        }
        dropUnembeddedFonts(form, textAppearance);
        // Every field has its appearance: a viewer that made its own would draw the buttons'
        // marks with ZapfDingbats from /MK, which they no longer have (poppler then shows none).
        form.setNeedAppearances(false);
        FormTags.add(pdf);
    }

    /** {@code da} with its font size, if 0 (size to fit), made {@link #TEXT_SIZE}. */
    private static String fixedSize(String da) {
        return da == null ? null : da.replaceFirst("(^|\\s)0(\\.0+)? Tf", "$1" + (int) TEXT_SIZE + " Tf");
    }

    /** Each widget's on-state named by its value, with appearances drawn without a font. */
    private static void nameStatesByValue(PDDocument pdf, PDButton button) throws IOException {
        List<String> values = button.getExportValues();
        boolean radio = button.isRadioButton();
        for (PDAnnotationWidget widget : button.getWidgets()) {
            String state = onState(widget);
            if (state == null) continue;
            String value = state;
            if (state.matches("\\d+") && Integer.parseInt(state) < values.size()) value = values.get(Integer.parseInt(state));
            COSName on = COSName.getPDFName(value);
            PDRectangle box = widget.getRectangle();
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.setNormalAppearance(states(pdf, on, box, radio));
            widget.setAppearance(appearance);
            COSName current = widget.getCOSObject().getCOSName(COSName.AS);
            widget.setAppearanceState(current != null && current.getName().equals(state) ? value : "Off");
            widget.getCOSObject().removeItem(COSName.MK);
        }
        button.getCOSObject().removeItem(COSName.OPT);
        String selected = button.getCOSObject().getNameAsString(COSName.V);
        if (selected != null && selected.matches("\\d+") && Integer.parseInt(selected) < values.size()) {
            button.getCOSObject().setName(COSName.V, values.get(Integer.parseInt(selected)));
        }
    }

    private static String onState(PDAnnotationWidget widget) {
        if (widget.getAppearance() == null) return null;
        PDAppearanceEntry normal = widget.getAppearance().getNormalAppearance();
        if (normal == null || !normal.isSubDictionary()) return null;
        for (COSName name : normal.getSubDictionary().keySet()) {
            if (!name.equals(COSName.Off)) return name.getName();
        }
        return null;
    }

    private static PDAppearanceEntry states(PDDocument pdf, COSName on, PDRectangle box, boolean radio) throws IOException {
        org.apache.pdfbox.cos.COSDictionary states = new org.apache.pdfbox.cos.COSDictionary();
        states.setItem(on, stream(pdf, box, radio, true));
        states.setItem(COSName.Off, stream(pdf, box, radio, false));
        // Written inside the appearance dictionary, not as an object of its own (PDFBox's compressed
        // save would make it one): poppler looks /N up without following a reference, so a state
        // dictionary it has to fetch is no appearance to it, and it draws neither state.
        states.setDirect(true);
        return new PDAppearanceEntry(states);
    }

    /** A ring (radio) or square (check box), with a dot or a tick inside when {@code chosen}. */
    private static PDAppearanceStream stream(PDDocument pdf, PDRectangle box, boolean radio, boolean chosen) throws IOException {
        float w = box.getWidth();
        float h = box.getHeight();
        float s = Math.min(w, h);
        float cx = w / 2;
        float cy = h / 2;
        StringBuilder ops = new StringBuilder(INK + " RG " + INK + " rg 0.8 w\n");
        if (radio) {
            circle(ops, cx, cy, s / 2 - 0.6f);
            ops.append("S\n");
            if (chosen) {
                circle(ops, cx, cy, s / 4);
                ops.append("f\n");
            }
        } else {
            ops.append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f re S\n", cx - s / 2 + 0.6f, cy - s / 2 + 0.6f, s - 1.2f, s - 1.2f));
            if (chosen) {
                ops.append(String.format(Locale.ROOT, "1.6 w %.2f %.2f m %.2f %.2f l %.2f %.2f l S\n",
                        cx - s * 0.3f, cy, cx - s * 0.08f, cy - s * 0.25f, cx + s * 0.32f, cy + s * 0.28f));
            }
        }
        PDAppearanceStream stream = new PDAppearanceStream(pdf);
        stream.setBBox(new PDRectangle(w, h));
        stream.setResources(new PDResources());
        try (OutputStream out = stream.getContentStream().createOutputStream()) {
            out.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    /** A circle as four Bézier curves. */
    private static void circle(StringBuilder ops, float cx, float cy, float r) {
        float k = 0.5523f * r;
        ops.append(String.format(Locale.ROOT, "%.2f %.2f m ", cx + r, cy));
        ops.append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f %.2f %.2f c ", cx + r, cy + k, cx + k, cy + r, cx, cy + r));
        ops.append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f %.2f %.2f c ", cx - k, cy + r, cx - r, cy + k, cx - r, cy));
        ops.append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f %.2f %.2f c ", cx - r, cy - k, cx - k, cy - r, cx, cy - r));
        ops.append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f %.2f %.2f c h\n", cx + k, cy - r, cx + r, cy - k, cx + r, cy));
    }

    /**
     * The buttons draw without a font now, and text fields use the embedded font: the fonts a
     * viewer would have to supply (ZapfDingbats, Helvetica) leave the form's resources, and its
     * default appearance names the text fields' font.
     */
    private static void dropUnembeddedFonts(PDAcroForm form, String textAppearance) throws IOException {
        PDResources resources = form.getDefaultResources();
        if (resources == null) return;
        org.apache.pdfbox.cos.COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) return;
        for (COSName name : List.copyOf(fonts.keySet())) {
            if (!(fonts.getDictionaryObject(name) instanceof org.apache.pdfbox.cos.COSDictionary)) {
                // openhtmltopdf names the text fields' font here but leaves the entry empty.
                org.apache.pdfbox.pdmodel.font.PDFont used = fieldFont(form, name);
                if (used == null) fonts.removeItem(name);
                else fonts.setItem(name, used);
                continue;
            }
            org.apache.pdfbox.pdmodel.font.PDFont font = resources.getFont(name);
            if (font == null || !font.isEmbedded()) fonts.removeItem(name);
        }
        if (textAppearance != null) form.setDefaultAppearance(textAppearance);
    }

    /** The font named {@code name} in a field's appearance, or null. */
    private static org.apache.pdfbox.pdmodel.font.PDFont fieldFont(PDAcroForm form, COSName name) throws IOException {
        for (PDField field : form.getFieldTree()) {
            for (PDAnnotationWidget widget : field.getWidgets()) {
                if (widget.getAppearance() == null || !widget.getAppearance().getNormalAppearance().isStream()) continue;
                PDResources resources = widget.getAppearance().getNormalAppearance().getAppearanceStream().getResources();
                if (resources != null && resources.getFont(name) != null) return resources.getFont(name);
            }
        }
        return null;
    }

    private FormFields() {}
}
