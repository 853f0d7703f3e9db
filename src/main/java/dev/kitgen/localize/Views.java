package dev.kitgen.localize;

import java.util.List;
import java.util.Map;

/**
 * The view models templates place: ready, localized strings only. Every {@code hasX} flag is
 * computed here so that templates stay free of logic.
 */
public final class Views {

    /**
     * What every document shows: language, title, labels and the role. {@code paper} is the CSS
     * page size ({@code A4}, {@code letter}); {@code pageNumbers} is the localized "Page 1 of 3" as
     * a ready CSS {@code content} value (strings and {@code counter(page)}), escaped for CSS and
     * safe to place unescaped in a style element. In a packet, {@code part} is the id of the
     * document's place ({@code guide}, {@code scorecard-STAGE}) and {@code anchor} prefixes every id
     * in it ({@code guide-}), so that joined documents keep their ids apart; on its own, {@code part}
     * is the document's kind and {@code anchor} is empty. {@code fillable}: the document carries
     * form fields (a PDF scorecard made with {@code --fillable}).
     */
    public record DocumentInfo(String lang, String title, String subject, String role, String roleId,
                           String generator, String paper, String pageNumbers, String part, String anchor,
                           boolean fillable) {}

    public record Guide(DocumentInfo doc, Map<String, String> t, String summary, String totalDuration, boolean hasTotalDuration,
                        List<CriterionView> criteria, List<StageView> stages,
                        List<String> tips, boolean hasTips, List<RedFlagView> redFlags, boolean hasRedFlags,
                        CoverageTable coverage, List<RatingView> scale) {}

    public record Scorecard(DocumentInfo doc, Map<String, String> t, StageView stage, List<CriterionView> criteria, boolean hasCriteria,
                            List<RatingView> scale, List<RedFlagView> redFlags, boolean hasRedFlags,
                            List<Choice> recommendations) {}

    /** One of a fixed set of answers: {@code value} names it in a form field, {@code label} shows it. */
    public record Choice(String value, String label) {}

    /** The guide and every stage's scorecard in one document, with a table of contents. */
    public record Packet(DocumentInfo doc, Map<String, String> t, List<ContentsEntry> contents, Guide guide,
                         List<Scorecard> scorecards) {}

    /**
     * A document of a packet as its table of contents lists it: {@code id} is the HTML anchor,
     * {@code slug} the anchor GitHub gives its Markdown heading.
     */
    public record ContentsEntry(String title, String id, String slug) {}

    public record CriterionView(String id, String title, String detail, boolean hasDetail,
                                String weight, boolean hasWeight, List<AnchorView> anchors, boolean hasAnchors,
                                String assessedIn) {}

    /** A rating of a criterion with the scale's label and the criterion's anchor for it, if any. */
    public record AnchorView(String rating, String label, String text, boolean hasText) {}

    public record RatingView(String rating, String label) {}

    public record StageView(String number, String id, String title, String duration, boolean hasDuration,
                            String runBy, boolean hasRunBy, String summary, boolean hasSummary,
                            String assesses, boolean hasAssesses, List<QuestionView> questions, boolean hasQuestions) {}

    public record QuestionView(String number, String ask, String listenFor, boolean hasListenFor,
                               String assesses, boolean hasAssesses) {}

    public record RedFlagView(String text, String criterion, boolean hasCriterion) {}

    /** The criteria × stages table: which stage assesses which criterion. */
    public record CoverageTable(List<String> stages, List<CoverageRow> rows) {}

    public record CoverageRow(String criterion, List<CoverageCell> cells) {}

    public record CoverageCell(String mark, boolean covered) {}

    private Views() {}
}
