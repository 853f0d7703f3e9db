package dev.kitgen.render.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * The Unicode bidirectional algorithm and Arabic shaping for openhtmltopdf, from ICU4J: without
 * them openhtmltopdf lays every line out left to right, so that an Arabic or Hebrew line reads
 * with its words in reverse order. The splitter cuts a paragraph into runs of one direction in
 * visual order; the reorderer turns a right-to-left run into the order its glyphs are drawn in
 * and joins Arabic letters into their contextual forms (openhtmltopdf draws glyphs one by one,
 * and PDFBox applies no Arabic shaping). One instance serves every thread: each paragraph gets
 * a splitter of its own.
 */
final class IcuBidi implements BidiSplitterFactory, BidiReorderer {

    private static final int SHAPE = ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
            | ArabicShaping.TEXT_DIRECTION_LOGICAL;
    private static final int UNSHAPE = ArabicShaping.LETTERS_UNSHAPE | ArabicShaping.LENGTH_GROW_SHRINK
            | ArabicShaping.TEXT_DIRECTION_LOGICAL;
    /** U+FE70 to U+FE7F: the isolated and medial forms of each mark ('-' where the block has none). */
    private static final char FIRST_MARK_FORM = '\uFE70';
    private static final String MARKS = "\u064B\u064B\u064C-\u064D-\u064E\u064E\u064F\u064F\u0650\u0650"
            + "\u0651\u0651\u0652\u0652";

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        // Mirrored characters ("(" in a right-to-left run) are drawn as their mirror image.
        return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
        return shape(text, SHAPE);
    }

    @Override
    public String deshapeText(String text) {
        return shape(text, UNSHAPE);
    }

    private static String shape(String text, int options) {
        try {
            return marksCombining(new ArabicShaping(options).shape(text));
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    /**
     * The shaped text with its vowel marks (harakat, shadda, sukun) as the combining marks they
     * are. ICU's shaping turns each mark into a presentation form of its own, a spacing glyph or
     * one drawn on a tatweel, which breaks the word's joining ("تعلـّم" for "تعلّم"); the
     * combining mark has no width and is drawn over its letter.
     */
    static String marksCombining(String shaped) {
        StringBuilder out = new StringBuilder(shaped.length());
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            out.append(isMarkForm(c) ? MARKS.charAt(c - FIRST_MARK_FORM) : c);
        }
        return out.toString();
    }

    private static boolean isMarkForm(char c) {
        return c >= FIRST_MARK_FORM && c < FIRST_MARK_FORM + MARKS.length() && MARKS.charAt(c - FIRST_MARK_FORM) != '-';
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** One paragraph's runs of one direction, in the order they are laid out. */
    private static final class Splitter implements BidiSplitter {
        private Bidi bidi;

        @Override
        public void setParagraph(String text, byte direction) {
            byte level = switch (direction) {
                case RTL -> Bidi.RTL;
                case LTR -> Bidi.LTR;
                default -> Bidi.LEVEL_DEFAULT_LTR;
            };
            bidi = new Bidi(text, level);
        }

        @Override
        public int countTextRuns() {
            return bidi.countRuns();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            BidiRun run = bidi.getVisualRun(index);
            return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String text) {
            return switch (Bidi.getBaseDirection(text)) {
                case Bidi.RTL -> RTL;
                case Bidi.LTR -> LTR;
                default -> NEUTRAL;
            };
        }
    }
}
