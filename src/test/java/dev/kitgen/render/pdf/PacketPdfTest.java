package dev.kitgen.render.pdf;

import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.PdfConformance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF packet joined from its documents' own PDFs: its contents give the page each document
 * starts on, each document counts its own pages, the outline has an entry per document with its
 * sections below, and the tagged structure of the joined documents holds together.
 */
class PacketPdfTest {

    private static final String EN = "out/ml-engineer/en/";

    @TempDir
    static Path cwd;

    @BeforeAll
    static void render() {
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--format", "pdf")).succeeded();
    }

    /** Each document of the packet, from its own PDF: its title and its number of pages. */
    private record Part(String title, int pages) {}

    /** The packet's documents, in the order of its contents, each with what its own PDF says. */
    private static List<Part> parts() throws IOException {
        List<Part> parts = new ArrayList<>();
        List<String> files = new ArrayList<>(List.of("guide.pdf"));
        try (var listing = Files.list(cwd.resolve(EN))) {
            listing.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("scorecard-")).forEach(files::add);
        }
        for (String file : files) {
            try (PDDocument pdf = Loader.loadPDF(cwd.resolve(EN + file).toFile())) {
                parts.add(new Part(pdf.getDocumentInformation().getTitle(), pdf.getNumberOfPages()));
            }
        }
        try (PDDocument pdf = packet()) {
            String contents = page(pdf, 1);
            for (Part part : parts) assertThat(contents).contains(part.title());
            parts.sort(java.util.Comparator.comparing(part -> contents.indexOf(part.title())));
        }
        return parts;
    }

    private static PDDocument packet() throws IOException {
        return Loader.loadPDF(cwd.resolve(EN + "packet.pdf").toFile());
    }

    private static String page(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void theContentsGiveThePageEachDocumentStartsOn() throws IOException {
        try (PDDocument pdf = packet()) {
            String contents = page(pdf, 1);
            List<Part> parts = parts();
            assertThat(parts).hasSize(5);
            int pages = 1;
            for (Part part : parts) {
                Matcher entry = Pattern.compile(Pattern.quote(part.title()) + " \\.+ (\\d+) ").matcher(contents);
                assertThat(entry.find()).as("contents entry of " + part.title() + " in: " + contents).isTrue();
                int start = Integer.parseInt(entry.group(1));
                // PDFBox finds the title first on the page the entry names, after the contents.
                int found = 2;
                while (found <= pdf.getNumberOfPages() && !page(pdf, found).contains(part.title())) found++;
                assertThat(start).as("page of " + part.title()).isEqualTo(found).isEqualTo(pages + 1);
                pages += part.pages();
            }
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
        }
    }

    @Test
    void eachDocumentCountsItsOwnPages() throws IOException {
        try (PDDocument pdf = packet()) {
            assertThat(page(pdf, 1)).contains("Page 1 of 1");
            int at = 2;
            for (Part part : parts()) {
                for (int i = 1; i <= part.pages(); i++, at++) {
                    assertThat(page(pdf, at)).as("packet page " + at + ", of " + part.title())
                            .contains("Page " + i + " of " + part.pages());
                }
            }
            List<String> labels = List.of(pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
            assertThat(labels).hasSize(pdf.getNumberOfPages()).startsWith("1", "2").endsWith(String.valueOf(pdf.getNumberOfPages()));
        }
    }

    @Test
    void theOutlineHasAnEntryPerDocumentWithItsSectionsOnItsPages() throws IOException {
        try (PDDocument pdf = packet()) {
            List<PDOutlineItem> top = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
            List<Part> parts = parts();
            assertThat(top.stream().map(PDOutlineItem::getTitle))
                    .containsExactly(List.of(pdf.getDocumentInformation().getTitle(), parts.get(0).title(),
                            parts.get(1).title(), parts.get(2).title(), parts.get(3).title(), parts.get(4).title())
                            .toArray(String[]::new));
            int first = 2;
            for (int i = 0; i < parts.size(); i++) {
                PDOutlineItem item = top.get(i + 1);
                int last = first + parts.get(i).pages() - 1;
                assertThat(pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1).isEqualTo(first);
                List<PDOutlineItem> sections = new ArrayList<>();
                item.children().forEach(sections::add);
                assertThat(sections).as("sections of " + item.getTitle()).isNotEmpty();
                for (PDOutlineItem section : sections) {
                    assertThat(pdf.getPages().indexOf(section.findDestinationPage(pdf)) + 1)
                            .as(section.getTitle()).isBetween(first, last);
                }
                first = last + 1;
            }
        }
    }

    @Test
    void theStructureTreePointsIntoThePacketAndCoversEveryMarkedContent() throws IOException {
        try (PDDocument pdf = packet()) {
            PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
            COSDictionary document = (COSDictionary) root.getCOSObject().getDictionaryObject(COSName.K);
            assertThat(document.getCOSName(COSName.S)).isEqualTo(COSName.DOCUMENT);
            COSArray kids = (COSArray) document.getDictionaryObject(COSName.K);
            assertThat(kids.size()).as("the front page and five documents").isEqualTo(6);
            Set<COSDictionary> pages = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            pdf.getPages().forEach(p -> pages.add(p.getCOSObject()));
            // Every element's page is one of the packet's, and every marked content it names is on it.
            Map<COSDictionary, Set<Integer>> named = new IdentityHashMap<>();
            walk(document, null, pages, named, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
            PDNumberTreeNode parentTree = root.getParentTree();
            Map<Integer, COSBase> parents = numbers(parentTree.getCOSObject());
            Set<Integer> keys = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                int key = page.getStructParents();
                assertThat(keys.add(key)).as("each page its own parent tree entry").isTrue();
                COSArray marked = (COSArray) parents.get(key);
                assertThat(marked).as("parent tree entry " + key).isNotNull();
                Set<Integer> ids = markedContentIds(page);
                assertThat(ids).as("marked content on page " + (pdf.getPages().indexOf(page) + 1)).isNotEmpty();
                for (int mcid : ids) {
                    assertThat(mcid).isLessThan(marked.size());
                    assertThat(marked.getObject(mcid)).as("parent of mcid " + mcid).isInstanceOf(COSDictionary.class);
                }
                assertThat(named.getOrDefault(page.getCOSObject(), Set.of())).isEqualTo(ids);
            }
            assertThat(root.getParentTreeNextKey()).isGreaterThan(keys.stream().mapToInt(k -> k).max().orElseThrow());
        }
    }

    private static void walk(COSDictionary element, COSDictionary page, Set<COSDictionary> pages,
                             Map<COSDictionary, Set<Integer>> named, Set<COSDictionary> seen) {
        assertThat(seen.add(element)).as("a structure element has one place").isTrue();
        if (element.getDictionaryObject(COSName.PG) instanceof COSDictionary pg) {
            assertThat(pages).as("the page of " + element.getNameAsString(COSName.S)).contains(pg);
            page = pg;
        }
        COSBase k = element.getDictionaryObject(COSName.K);
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray array) array.forEach(b -> kids.add(b instanceof COSObject o ? o.getObject() : b));
        else if (k != null) kids.add(k);
        for (COSBase kid : kids) {
            if (kid instanceof COSInteger mcid) {
                named.computeIfAbsent(page, p -> new HashSet<>()).add(mcid.intValue());
            } else if (kid instanceof COSDictionary child && COSName.getPDFName("MCR").equals(child.getCOSName(COSName.TYPE))) {
                COSDictionary on = child.getDictionaryObject(COSName.PG) instanceof COSDictionary pg ? pg : page;
                assertThat(pages).contains(on);
                named.computeIfAbsent(on, p -> new HashSet<>()).add(child.getInt(COSName.MCID));
            } else if (kid instanceof COSDictionary child && COSName.getPDFName("OBJR").equals(child.getCOSName(COSName.TYPE))) {
                assertThat(pages).contains(child.getDictionaryObject(COSName.PG) instanceof COSDictionary pg ? pg : page);
            } else if (kid instanceof COSDictionary child) {
                assertThat(child.getDictionaryObject(COSName.P)).as("parent of " + child.getNameAsString(COSName.S))
                        .isSameAs(element);
                walk(child, page, pages, named, seen);
            }
        }
    }

    private static Map<Integer, COSBase> numbers(COSDictionary node) {
        Map<Integer, COSBase> numbers = new HashMap<>();
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                numbers.put(((COSInteger) nums.getObject(i)).intValue(), nums.getObject(i + 1));
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            kids.forEach(kid -> numbers.putAll(numbers((COSDictionary) (kid instanceof COSObject o ? o.getObject() : kid))));
        }
        return numbers;
    }

    private static Set<Integer> markedContentIds(PDPage page) throws IOException {
        Set<Integer> ids = new HashSet<>();
        List<Object> tokens = new PDFStreamParser(page).parse();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")
                    && tokens.get(i - 1) instanceof COSDictionary properties && properties.containsKey(COSName.MCID)) {
                ids.add(properties.getInt(COSName.MCID));
            }
        }
        return ids;
    }

    @Test
    void passesPdfUaAndPdfA() {
        Path pdf = cwd.resolve(EN + "packet.pdf");
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
            assertThat(PdfConformance.failures(pdf, flavour)).as("packet against " + flavour).isEmpty();
        }
    }

    @Test
    void aDocumentThatFailsFailsItsPacketWithItsErrorAndNeitherIsWritten(@TempDir Path elsewhere) throws IOException {
        Path template = elsewhere.resolve("my-templates/guide.html.mustache");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<html><body><h1>{{doc.title}}</h1><p>{{doc.author}}</p></body></html>\n");

        var result = Kitgen.run(elsewhere, "render", "ml-engineer", "--lang", "en", "--format", "pdf",
                "--templates", "my-templates");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("my-templates/guide.html.mustache:1:", "'doc.author'",
                        "kitgen: not written: out/ml-engineer/en/guide.pdf\n",
                        "kitgen: not written: out/ml-engineer/en/packet.pdf\n")
                .wrote("out/ml-engineer/en/scorecard-system-design.pdf");
        assertThat(elsewhere.resolve("out/ml-engineer/en/packet.pdf")).doesNotExist();
    }

    @Test
    void aPacketRenderedAloneIsTheSameAsOneJoinedFromTheRunsOwnDocuments() throws IOException {
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en", "--doc", "packet", "--format", "pdf",
                "--out", "alone")).succeeded();
        assertThat(Files.readAllBytes(cwd.resolve("alone/ml-engineer/en/packet.pdf")))
                .isEqualTo(Files.readAllBytes(cwd.resolve(EN + "packet.pdf")));
    }
}
