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

    @Test
    void vowelMarksStayCombiningMarksDrawnOverTheirLetter() {
        // "taʿallum" with a shadda on the lam, and "ʿamīqan" with fathatan: marks are not letters
        // of their own, so the lam joins the meem and no tatweel is drawn before the shadda.
        String shaped = bidi.shapeText("تعلّم عميقًا");

        assertThat(shaped).doesNotContain("\u0640").contains("\u0651", "\u064B");
        assertThat(shaped.chars()).as("presentation forms of marks").noneMatch(c -> c >= 0xFE70 && c <= 0xFE7F);
        assertThat(shaped.charAt(shaped.indexOf('\u0651') - 1)).as("medial lam before the shadda").isEqualTo('\uFEE0');
        // Drawn left to right the mark comes before its letter (it has no width, and is drawn
        // over the letter's start), so that text read back from the page keeps it after the lam.
        String drawn = bidi.reorderRTLTextToLTR(shaped);
        assertThat(drawn.charAt(drawn.indexOf('\u0651') + 1)).isEqualTo('\uFEE0');
    }
}
