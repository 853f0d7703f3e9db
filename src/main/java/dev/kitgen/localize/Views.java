package dev.kitgen.localize;

import java.util.List;
import java.util.Map;

/**
 * The view models templates place: ready, localized strings only. Every {@code hasX} flag is
 * computed here so that templates stay free of logic.
 */
public final class Views {

    /** What every document shows: language, title, labels and the role. */
    public record Document(String lang, String title, String subject, String role, String roleId,
                           String generator) {}

    public record Guide(Document doc, Map<String, String> t, String summary, String totalDuration, boolean hasTotalDuration,
                        List<CriterionView> criteria, List<StageView> stages,
                        List<String> tips, boolean hasTips, List<RedFlagView> redFlags, boolean hasRedFlags,
                        Coverage coverage, List<RatingView> scale) {}

    public record Scorecard(Document doc, Map<String, String> t, StageView stage, List<CriterionView> criteria, boolean hasCriteria,
                            List<RatingView> scale, List<RedFlagView> redFlags, boolean hasRedFlags,
                            List<String> recommendations) {}

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
    public record Coverage(List<String> stages, List<CoverageRow> rows) {}

    public record CoverageRow(String criterion, List<CoverageCell> cells) {}

    public record CoverageCell(String mark, boolean covered) {}

    private Views() {}
}
