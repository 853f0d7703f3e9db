package dev.kitgen.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** The text of a user's file, which must be UTF-8: a byte that is not is found and placed. */
public final class Utf8 {

    /** Bytes that are not UTF-8, with the place of the first bad byte or sequence. */
    public static final class Malformed extends MalformedInputException {
        private final int byteOffset;
        private final String before;
        private final int line;
        private final int column;

        Malformed(int byteOffset, int length, String before) {
            super(length);
            this.byteOffset = byteOffset;
            this.before = before;
            int lastFeed = before.lastIndexOf('\n');
            this.line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            this.column = before.length() - lastFeed;
        }

        /** Where the bad bytes start, counted in bytes from the start of the file. */
        public int byteOffset() {
            return byteOffset;
        }

        /** The text of the bytes before the bad ones, a byte-order mark included. */
        public String before() {
            return before;
        }

        /** The line of the bad bytes, from 1; lines end at {@code '\n'}. */
        public int line() {
            return line;
        }

        /** The column of the bad bytes, from 1, in UTF-16 chars of {@link #before} (a byte-order mark counts). */
        public int column() {
            return column;
        }
    }

    /** The text of {@code bytes}, a byte-order mark kept; a U+FFFD written in the file is text like any other. */
    public static String decode(byte[] bytes) throws Malformed {
        // The JDK's own decoding is fast, but it replaces a bad byte with U+FFFD: only a text with
        // that character may have had one, and goes through the strict decoder, which finds it.
        // A measured cold-start gain: src/build/STARTUP.md, section 14.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) return lenient;
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never takes more chars than bytes.
        CharBuffer chars = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, chars, true);
        String decoded = chars.flip().toString();
        if (result.isError()) throw new Malformed(in.position(), result.length(), decoded);
        return decoded;
    }

    private Utf8() {}
}
