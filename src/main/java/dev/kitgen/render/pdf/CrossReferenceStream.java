package dev.kitgen.render.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Completes the cross-reference stream PDFBox writes at the end of a compressed PDF. PDFBox 3
 * lists every object in it but the stream itself, though it counts the stream in {@code /Size}:
 * ISO 32000-1 (7.5.8) has the stream list every object up to {@code /Size}, itself included, and
 * qpdf {@code --check} warns that "the reported number of objects is not one plus the highest
 * object number". Here the stream gets its own entry, so that the counts agree. The PDF is
 * otherwise unchanged: the stream is the file's last object and keeps its place.
 */
final class CrossReferenceStream {

    private static final Pattern HEAD = Pattern.compile("(\\d+) 0 obj\\s*<<(.*?)>>\\s*stream\\r?\\n", Pattern.DOTALL);
    private static final Pattern INDEX = Pattern.compile("/Index\\s*\\[([\\d\\s]*)\\]");
    private static final Pattern WIDTHS = Pattern.compile("/W\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d+)(?!\\s+\\d+\\s+R)");

    /** {@code pdf} with its last cross-reference stream listing itself; as it is when that stream does already, or has none. */
    static byte[] completed(byte[] pdf) {
        String tail = new String(pdf, Math.max(0, pdf.length - 64), Math.min(64, pdf.length), StandardCharsets.ISO_8859_1);
        Matcher startxref = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(tail);
        if (!startxref.find()) return pdf;
        int at = Integer.parseInt(startxref.group(1));
        String text = new String(pdf, at, Math.min(4096, pdf.length - at), StandardCharsets.ISO_8859_1);
        Matcher head = HEAD.matcher(text);
        if (!head.lookingAt() || !head.group(2).contains("/XRef") || head.group(2).contains("/DecodeParms")) return pdf;
        long self = Long.parseLong(head.group(1));
        String dictionary = head.group(2);
        Matcher index = INDEX.matcher(dictionary);
        Matcher widths = WIDTHS.matcher(dictionary);
        Matcher length = LENGTH.matcher(dictionary);
        if (!index.find() || !widths.find() || !length.find()) return pdf;
        List<Long> sections = new ArrayList<>();
        for (String n : index.group(1).trim().split("\\s+")) sections.add(Long.parseLong(n));
        long end = sections.get(sections.size() - 2) + sections.get(sections.size() - 1);
        if (end > self) return pdf;
        int[] w = {Integer.parseInt(widths.group(1)), Integer.parseInt(widths.group(2)), Integer.parseInt(widths.group(3))};
        int dataStart = at + head.end();
        byte[] rows = inflate(pdf, dataStart, Integer.parseInt(length.group(1)));
        if (end == self) {
            sections.set(sections.size() - 1, sections.get(sections.size() - 1) + 1);
        } else {
            sections.add(self);
            sections.add(1L);
        }
        int[] wider = {w[0], Math.max(w[1], bytesFor(at)), w[2]};
        byte[] data = deflate(reencoded(rows, w, wider, new long[]{1, at, 0}));
        String newDictionary = dictionary
                .replace(index.group(), "/Index [" + String.join(" ", sections.stream().map(String::valueOf).toList()) + "]")
                .replace(widths.group(), "/W [" + wider[0] + " " + wider[1] + " " + wider[2] + "]")
                .replace(length.group(), "/Length " + data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
        out.write(pdf, 0, at);
        out.writeBytes((self + " 0 obj\n<<" + newDictionary + ">>\nstream\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        out.writeBytes(("\r\nendstream\nendobj\nstartxref\n" + at + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** The rows written with {@code to} widths instead of {@code from}, and {@code last} appended. */
    private static byte[] reencoded(byte[] rows, int[] from, int[] to, long[] last) {
        int size = from[0] + from[1] + from[2];
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.length + 16);
        for (int row = 0; row + size <= rows.length; row += size) {
            int at = row;
            for (int f = 0; f < 3; f++) {
                long value = 0;
                for (int b = 0; b < from[f]; b++) value = value << 8 | (rows[at++] & 0xff);
                if (f == 0 && from[0] == 0) value = 1;
                put(out, value, to[f]);
            }
        }
        for (int f = 0; f < 3; f++) put(out, last[f], to[f]);
        return out.toByteArray();
    }

    private static void put(ByteArrayOutputStream out, long value, int width) {
        for (int b = width - 1; b >= 0; b--) out.write((int) (value >>> (8 * b)));
    }

    private static int bytesFor(long value) {
        int bytes = 1;
        while (value >>> (8 * bytes) != 0) bytes++;
        return bytes;
    }

    private static byte[] inflate(byte[] pdf, int offset, int length) {
        Inflater inflater = new Inflater();
        inflater.setInput(pdf, offset, length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("PDFBox wrote a cross-reference stream that does not inflate", e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
        deflater.end();
        return out.toByteArray();
    }

    private CrossReferenceStream() {}
}
