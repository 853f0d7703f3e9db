package dev.kitgen.render.pdf;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The glue between openhtmltopdf's bidi hooks and ICU4J. */
class IcuBidiTest {

    private final IcuBidi bidi = new IcuBidi();

    /** "Runs A/B tests" in Arabic: two Arabic runs around a Latin one. */
    private static final String MIXED = "يجري اختبارات A/B بنفسه";

    @Test
    void aRightToLeftParagraphIsCutIntoRunsInTheOrderTheyAreLaidOut() {
        BidiSplitter splitter = bidi.createBidiSplitter();
        splitter.setParagraph(MIXED, BidiSplitter.RTL);

        List<String> runs = new ArrayList<>();
        for (int i = 0; i < splitter.countTextRuns(); i++) {
            BidiTextRun run = splitter.getVisualRun(i);
            runs.add(MIXED.substring(run.getStart(), run.getStart() + run.getLength()).strip()
                    + (run.getDirection() == BidiSplitter.RTL ? " rtl" : " ltr"));
        }
        // Laid out from the left: the last Arabic word, the Latin term, then the first words.
        assertThat(runs).containsExactly("بنفسه rtl", "A/B ltr", "يجري اختبارات rtl");
    }

    @Test
    void theBaseDirectionIsThatOfTheFirstStrongLetter() {
        BidiSplitter splitter = bidi.createBidiSplitter();
        assertThat(splitter.getBaseDirection("שלום world")).isEqualTo(BidiSplitter.RTL);
        assertThat(splitter.getBaseDirection("A/B اختبار")).isEqualTo(BidiSplitter.LTR);
        assertThat(splitter.getBaseDirection("42 ...")).isEqualTo(BidiSplitter.NEUTRAL);
    }

    @Test
    void aRightToLeftRunIsReversedForDrawingWithItsBracketsMirrored() {
        assertThat(bidi.reorderRTLTextToLTR("אבג (דה)")).isEqualTo("(הד) גבא");
    }

    @Test
    void arabicLettersAreJoinedIntoTheirFormsAndBack() {
        String word = "مهندس";
        String shaped = bidi.shapeText(word);

        // Initial meem, medial heh and noon, final dal, then seen alone: dal joins nothing after it.
        assertThat(shaped).isEqualTo("\uFEE3\uFEEC\uFEE8\uFEAA\uFEB1");
        assertThat(bidi.deshapeText(shaped)).isEqualTo(word);
        assertThat(bidi.shapeText("Hello")).isEqualTo("Hello");
        assertThat(bidi.isLiveImplementation()).isTrue();
    }
}
