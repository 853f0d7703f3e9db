package dev.kitgen.files;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Utf8Test {

    @Test
    void validTextIsItsText() throws Utf8.Malformed {
        String text = "role: caf\u00e9 \u20ac \uD83D\uDE00\n";

        assertThat(Utf8.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void aByteOrderMarkIsKept() throws Utf8.Malformed {
        assertThat(Utf8.decode(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "kit: 1\n")))
                .isEqualTo("\uFEFFkit: 1\n");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() throws Utf8.Malformed {
        String text = "kit: 1\nrole: \uFFFD\n";

        assertThat(Utf8.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void aBadByteIsPlacedByByteAndByLineAndColumn() {
        // "\u20ac" is three bytes but one char: the byte offset and the column count differently.
        byte[] bytes = bytes("kit: 1\n\u20ac ", new byte[] {(byte) 0xE9}, "x\n");

        Utf8.Malformed e = catchThrowableOfType(Utf8.Malformed.class, () -> Utf8.decode(bytes));

        assertThat(e).isNotNull();
        assertThat(e.byteOffset()).isEqualTo(11);
        assertThat(e.getInputLength()).isEqualTo(1);
        assertThat(e.before()).isEqualTo("kit: 1\n\u20ac ");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void aBadByteAfterAReplacementCharacterIsStillFound() {
        byte[] bytes = bytes("a: \uFFFD\n", new byte[] {(byte) 0xFF}, "\n");

        Utf8.Malformed e = catchThrowableOfType(Utf8.Malformed.class, () -> Utf8.decode(bytes));

        assertThat(e).isNotNull();
        assertThat(e.byteOffset()).isEqualTo(7);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void aSequenceCutShortAtTheEndIsPlacedWhereItStarts() {
        // The first two of the three bytes of "\u20ac".
        byte[] bytes = bytes("a: x", new byte[] {(byte) 0xE2, (byte) 0x82});

        Utf8.Malformed e = catchThrowableOfType(Utf8.Malformed.class, () -> Utf8.decode(bytes));

        assertThat(e).isNotNull();
        assertThat(e.byteOffset()).isEqualTo(4);
        assertThat(e.getInputLength()).isEqualTo(2);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(5);
    }

    @Test
    void aByteOrderMarkCountsAsAColumn() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF};

        Utf8.Malformed e = catchThrowableOfType(Utf8.Malformed.class, () -> Utf8.decode(bytes));

        assertThat(e).isNotNull();
        assertThat(e.byteOffset()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(2);
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) part);
        }
        return out.toByteArray();
    }
}
