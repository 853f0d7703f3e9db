package dev.kitgen.render.pdf;

import dev.kitgen.testing.Kitgen;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A fillable scorecard's fields carry the values the README documents, and a script can set and read them. */
class FillableFormTest {

    @TempDir
    static Path cwd;

    static Path pdf;

    @BeforeAll
    static void render() {
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es", "--doc", "scorecard", "--format", "pdf",
                "--fillable")).succeeded();
        pdf = cwd.resolve("out/ml-engineer/es/scorecard-system-design.pdf");
    }

    @Test
    void radioButtonsAreSetAndReadByTheirDocumentedValues() throws IOException {
        Path filled = cwd.resolve("filled.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            PDRadioButton rating = (PDRadioButton) form.getField("rating.production");
            assertThat(rating.getOnValues()).containsExactlyInAnyOrder("1", "2", "3", "4");
            assertThat(rating.getExportValues()).as("no /Opt: the states are the values").isEmpty();
            PDRadioButton recommendation = (PDRadioButton) form.getField("recommendation");
            assertThat(recommendation.getOnValues()).containsExactlyInAnyOrder("strong-no", "no", "yes", "strong-yes", "no-decision");
            rating.setValue("3");
            recommendation.setValue("no-decision");
            document.save(filled.toFile());
        }
        try (PDDocument document = Loader.loadPDF(filled.toFile())) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            assertThat(form.getField("rating.production").getValueAsString()).isEqualTo("3");
            assertThat(form.getField("recommendation").getValueAsString()).isEqualTo("no-decision");
            // The third button, "3", is the one shown as chosen.
            List<String> states = new ArrayList<>();
            for (PDAnnotationWidget widget : ((PDButton) form.getField("rating.production")).getWidgets()) {
                states.add(widget.getAppearanceState().getName());
            }
            assertThat(states).containsExactly("Off", "Off", "3", "Off");
        }
    }

    @Test
    void everyRedFlagIsACheckBoxNamedAfterItsId() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            List<String> boxes = new ArrayList<>();
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDCheckBox box) {
                    boxes.add(field.getFullyQualifiedName());
                    assertThat(box.getOnValue()).isEqualTo("yes");
                }
            }
            assertThat(boxes).isNotEmpty().allMatch(name -> name.matches("red-flag\\.[a-z0-9-]+"));
        }
    }

    @Test
    void everyFieldHasAnAccessibleNameAndTextHasAFixedSize() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDNonTerminalField) continue;
                assertThat(field.getAlternateFieldName()).as("/TU of " + field.getFullyQualifiedName()).isNotBlank();
                if (field instanceof PDTextField text) {
                    assertThat(text.getDefaultAppearance()).as("/DA of " + field.getFullyQualifiedName()).contains(" 9 Tf");
                }
            }
            assertThat(form.getField("rating.production").getAlternateFieldName()).startsWith("Experiencia");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDResources> resources = new ArrayList<>();
            for (PDPage page : document.getPages()) resources.add(page.getResources());
            // Without PDFBox's fix-ups, which would add Helvetica and ZapfDingbats to what it reads.
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            if (form.getDefaultResources() != null) resources.add(form.getDefaultResources());
            for (PDField field : form.getFieldTree()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    if (widget.getAppearance() == null) continue;
                    var normal = widget.getAppearance().getNormalAppearance();
                    if (normal.isStream() && normal.getAppearanceStream().getResources() != null) {
                        resources.add(normal.getAppearanceStream().getResources());
                    }
                }
            }
            int fonts = 0;
            for (PDResources r : resources) {
                for (COSName name : r.getFontNames()) {
                    PDFont font = r.getFont(name);
                    if (font == null) continue;
                    fonts++;
                    assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    /**
     * A button's states are a dictionary written inside its appearance dictionary: poppler (Evince,
     * Okular, pdftoppm) looks {@code /N} up without following a reference, and drew no state of a
     * button whose state dictionary was an object of its own.
     */
    @Test
    void buttonStatesAreWrittenWhereEveryReaderFindsThem() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int buttons = 0;
            for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (!(field instanceof PDButton)) continue;
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    COSBase normal = widget.getAppearance().getCOSObject().getItem(COSName.N);
                    assertThat(normal).as(field.getFullyQualifiedName() + " /AP /N").isInstanceOf(COSDictionary.class)
                            .isNotInstanceOf(COSObject.class);
                    assertThat(((COSDictionary) normal).keySet()).contains(COSName.Off).hasSize(2);
                    buttons++;
                }
            }
            assertThat(buttons).isGreaterThan(8);
        }
    }

    /**
     * Every widget is in the structure tree (PDF/UA-1 7.18.4): its /StructParent names a Form
     * element that refers to it and sits beside its label, in the element that holds the label.
     */
    @Test
    void everyWidgetHasAFormElementBesideItsLabel() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            COSArray numbers = document.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
                    .getCOSDictionary(COSName.PARENT_TREE).getCOSArray(COSName.NUMS);
            List<String> parents = new ArrayList<>();
            for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    int key = widget.getStructParent();
                    assertThat(key).as("/StructParent of a widget of " + field.getFullyQualifiedName()).isNotNegative();
                    COSDictionary form = null;
                    for (int i = 0; i < numbers.size(); i += 2) {
                        if (numbers.getInt(i) == key) form = (COSDictionary) numbers.getObject(i + 1);
                    }
                    assertThat(form).as("parent tree entry " + key).isNotNull();
                    assertThat(form.getNameAsString(COSName.S)).isEqualTo("Form");
                    COSDictionary reference = (COSDictionary) form.getDictionaryObject(COSName.K);
                    assertThat(reference.getDictionaryObject(COSName.OBJ)).isSameAs(widget.getCOSObject());
                    COSDictionary parent = form.getCOSDictionary(COSName.P);
                    assertThat(kids(parent)).as("the Form element is a kid of its parent").contains(form);
                    if (field.getFullyQualifiedName().equals("rating.production") || field.getFullyQualifiedName().equals("candidate")) {
                        parents.add(field.getFullyQualifiedName() + " in " + parent.getNameAsString(COSName.S));
                    }
                }
            }
            // Each radio button in the table cell with its value, the candidate's name in the cell of its label.
            assertThat(parents).containsExactlyInAnyOrder("candidate in TH", "rating.production in TD", "rating.production in TD",
                    "rating.production in TD", "rating.production in TD");
        }
    }

    private static List<COSBase> kids(COSDictionary element) {
        List<COSBase> kids = new ArrayList<>();
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) kids.add(array.getObject(i));
        } else {
            kids.add(k);
        }
        return kids;
    }
}
