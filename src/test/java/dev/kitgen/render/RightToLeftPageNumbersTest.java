package dev.kitgen.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Right-to-left text of a PDF's page margins, in the order openhtmltopdf draws it: left to right,
 * since it gives generated content no bidi algorithm (ScriptsTest reads the drawn pages back).
 */
class RightToLeftPageNumbersTest {

    @Test
    void arabicIsDrawnFromItsEndWithItsLettersJoined() {
        // "من" as final noon then initial meem; "الصفحة" from its end, each letter in its joined form.
        assertThat(Layout.drawn(" من ")).isEqualTo("\u00A0\uFEE6\uFEE3\u00A0");
        assertThat(Layout.drawn("الصفحة ")).isEqualTo("\u00A0\uFE94\uFEA4\uFED4\uFEBC\uFEDF\uFE8D");
    }

    @Test
    void aLeftToRightTermKeepsItsOrderAndTheArabicAroundItTurns() {
        assertThat(Layout.drawn("נוצר באמצעות kitgen 0.1.0"))
                .isEqualTo("kitgen\u00A00.1.0\u00A0תועצמאב\u00A0רצונ");
        assertThat(Layout.drawn("")).isEmpty();
    }
}
