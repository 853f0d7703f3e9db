package dev.kitgen.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.AbstractField;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Makes a PDF a function of its input: the renderer stamps the current time into the document
 * information and the XMP metadata, and PDFBox derives the file identifier from the clock.
 * Here the dates become the given one ({@code SOURCE_DATE_EPOCH}) or are left out, and the
 * identifier becomes a digest of the page the PDF was made from.
 */
final class ReproducibleMetadata {

    private static final java.util.Set<String> STANDARD = java.util.Set.of("Title", "Author", "Subject", "Keywords",
            "Creator", "Producer", "CreationDate", "ModDate", "Trapped");

    // Each thread reads and writes XMP with one parser and one serializer for all the PDFs it
    // makes: setting up their XML factories took a third of the time of pinning a PDF's metadata.
    private static final ThreadLocal<DomXmpParser> PARSER = ThreadLocal.withInitial(() -> {
        try {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            return parser;
        } catch (XmpParsingException e) {
            throw new IllegalStateException("no XML parser for XMP metadata", e);
        }
    });
    private static final ThreadLocal<XmpSerializer> SERIALIZER = ThreadLocal.withInitial(XmpSerializer::new);

    /** @param date the date to record, or {@code null} to record none */
    static void pin(PDDocument pdf, Instant date, String page) throws IOException {
        Calendar calendar = date == null ? null : utc(date);
        PDDocumentInformation info = pdf.getDocumentInformation();
        // The renderer copies every <meta> of the page into the information dictionary; only
        // the standard entries (which PDF/A mirrors in XMP) belong there.
        for (String key : info.getMetadataKeys()) {
            if (!STANDARD.contains(key)) info.getCOSObject().removeItem(COSName.getPDFName(key));
        }
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);
        pinXmp(pdf, calendar);
        byte[] digest = Arrays.copyOf(sha256(page + '\n' + date), 16);
        COSArray id = new COSArray();
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        pdf.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    private static void pinXmp(PDDocument pdf, Calendar calendar) throws IOException {
        PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
        if (stream == null) return;
        XMPMetadata xmp;
        try (InputStream in = stream.exportXMPMetadata()) {
            xmp = PARSER.get().parse(in);
        } catch (XmpParsingException e) {
            throw new IOException("cannot read back the PDF's XMP metadata", e);
        }
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        if (basic != null) {
            if (calendar == null) {
                for (String name : new String[]{XMPBasicSchema.CREATEDATE, XMPBasicSchema.MODIFYDATE,
                        XMPBasicSchema.METADATADATE}) {
                    AbstractField field = basic.getProperty(name);
                    if (field != null) basic.removeProperty(field);
                }
            } else {
                basic.setCreateDate(calendar);
                basic.setModifyDate(calendar);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SERIALIZER.get().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the PDF's XMP metadata", e);
        }
        stream.importXMPMetadata(out.toByteArray());
    }

    private static Calendar utc(Instant date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        calendar.setTimeInMillis(date.toEpochMilli());
        return calendar;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReproducibleMetadata() {}
}
