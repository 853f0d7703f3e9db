package dev.kitgen.localize;

import dev.kitgen.model.Language;
import dev.kitgen.model.RichText;

import java.util.List;
import java.util.Map;

/**
 * The view models templates place: ready, localized strings only, and {@link RichText} for the
 * texts a kit may write in Markdown, which the render stage writes in each format. Every
 * {@code hasX} flag is computed here so that templates stay free of logic.
 */
public final class Views {

    /** A view a document template is rendered from. */
    public sealed interface View permits Guide, Scorecard, Packet, CandidateSheet {
        DocumentInfo doc();
    }

    /**
     * What every document shows: language (and the direction of its script, {@code ltr} or
     * {@code rtl}, as HTML's {@code dir} names it), title, labels and the role. {@code pageNumbers} is the
     * localized "Page 1 of 3" in pieces, the page counts apart from the text, for the render stage
     * to place in its format. In a packet, {@code part} is the id of the
     * document's place ({@code guide}, {@code scorecard-STAGE}) and {@code anchor} prefixes every id
     * in it ({@code guide-}), so that joined documents keep their ids apart; on its own, {@code part}
     * is the document's kind and {@code anchor} is empty. {@code fillable}: the document carries
     * form fields (a PDF scorecard made with {@code --fillable}). {@code kitVersion} is the version
     * of the kit's files (a commit id and date, or a digest), and {@code provenance} says in the
     * document's language which kit, at which version, and which kitgen made it.
     * {@code otherLanguage} knows which texts of the document are in another language.
     */
    public record DocumentInfo(String lang, String dir, String title, String subject, String role, String roleId,
                               String generator, String kitVersion, String provenance, List<PagePart> pageNumbers,
                               String part, String anchor, boolean fillable, OtherLanguage otherLanguage) {}

    /**
     * The texts of a document that are written in another language than the document's (a kit
     * text its translations lack, shown in the kit's own language; a label or duration the
     * catalog of the language lacks, in English), for the render stage to mark
     * with their language where they land. Texts are known by identity, not by value: a
     * translation that reads the same as the source text is in the document's language.
     */
    public static final class OtherLanguage {
        /** Filled as documents are localized, on several threads at once. */
        private final Map<String, Language> texts = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

        void add(String text, Language lang) {
            if (!text.isEmpty()) texts.put(text, lang);
        }

        /** The language {@code text} is written in, when it is this very text of another language. */
        public java.util.Optional<Language> of(String text) {
            return java.util.Optional.ofNullable(texts.get(text));
        }

        /** Placed by a template, it shows nothing. */
        @Override
        public String toString() {
            return "";
        }
    }

    /** A piece of the localized "Page 1 of 3": text, or the number of the page ({@code page}) or of all pages. */
    public record PagePart(String text, boolean page, boolean pages) {}

    /**
     * {@code time}: what the process asks of the candidate's time, line by line (time in
     * interviews, each take-home or trial apart); {@code hasCriteria}: whether anything is rated.
     */
    public record Guide(DocumentInfo doc, Map<String, String> t, RichText summary, List<TimeLine> time, boolean hasTime,
                        boolean hasCriteria, List<CriterionView> criteria, List<StageView> stages,
                        List<RichText> tips, boolean hasTips, List<RedFlagView> redFlags, boolean hasRedFlags,
                        List<CoverageTable> coverage, List<RatingView> scale,
                        List<TrackView> tracks, boolean hasTracks) implements View {}

    /**
     * The form of one step: a rating scorecard, a take-home's review scorecard (filled in by a
     * reviewer) or a reference-call form (a referee's answers, no ratings). {@code filledBy} labels
     * who fills it in; {@code answerRoom}: each question has room for the answer under it;
     * {@code noCriteriaNote} is shown where a rating form rates nothing.
     */
    public record Scorecard(DocumentInfo doc, Map<String, String> t, StageView stage, List<CriterionView> criteria, boolean hasCriteria,
                            List<RatingView> scale, List<RedFlagView> redFlags, boolean hasRedFlags,
                            List<Choice> recommendations, boolean hasRecommendation, String filledBy,
                            boolean hasReferee, boolean answerRoom, boolean hasNoCriteriaNote) implements View {}

    /**
     * What a candidate is told, in their language: the role, the steps ahead and when they hear
     * back. It holds no interviewer-only text (criteria, anchors, questions, tips, red flags).
     */
    public record CandidateSheet(DocumentInfo doc, Map<String, String> t, RichText summary, List<TrackView> tracks,
                                 boolean hasTracks, List<StepView> steps, List<TimeLine> time, boolean hasTime,
                                 RichText hearBack, boolean hasHearBack)
            implements View {}

    /**
     * One step as the candidate sees it; {@code only} and {@code alternatives} say, when the
     * sheet is made for no single track or level, who takes it and what it is an alternative to.
     */
    public record StepView(String number, String title, String kind, String durationLabel, String duration, boolean hasDuration,
                           String window, boolean hasWindow, RichText meet, boolean hasMeet,
                           RichText prepare, boolean hasPrepare, String only, boolean hasOnly,
                           String alternatives, boolean hasAlternatives) {}

    /** One line of what a process asks of the candidate's time: "Time in interviews: 3 h 45 min". */
    public record TimeLine(String label, String value) {}

    /** One of a fixed set of answers: {@code value} names it in a form field, {@code label} shows it. */
    public record Choice(String value, String label) {}

    /** The guide and every stage's scorecard in one document; the render stage adds the table of contents. */
    public record Packet(DocumentInfo doc, Map<String, String> t, Guide guide, List<Scorecard> scorecards)
            implements View {

        /** The documents of the packet, in order. */
        public List<DocumentInfo> parts() {
            List<DocumentInfo> parts = new java.util.ArrayList<>();
            parts.add(guide.doc());
            scorecards.forEach(s -> parts.add(s.doc()));
            return List.copyOf(parts);
        }
    }

    /**
     * {@code ratedInRow}: the criterion has no anchors, so a scorecard rates it in one compact row
     * rather than a table with an empty column.
     */
    public record CriterionView(String id, String title, RichText detail, boolean hasDetail,
                                String weight, boolean hasWeight, List<AnchorView> anchors, boolean hasAnchors,
                                boolean ratedInRow, String assessedIn, String only, boolean hasOnly) {}

    /**
     * A rating of a criterion with the scale's label and the criterion's anchor for it, if any;
     * where the bar differs by track or level, each one's text after its title.
     */
    public record AnchorView(String rating, String label, RichText text, boolean hasText) {}

    public record RatingView(String rating, String label) {}

    /**
     * {@code kind} is shown for steps other than interviews: "Take-home assignment, paid";
     * {@code durationLabel} names a take-home's or trial's length as the work it takes.
     */
    public record StageView(String number, String id, String title, String kind, boolean hasKind,
                            String durationLabel, String duration, boolean hasDuration, String window, boolean hasWindow,
                            String runBy, boolean hasRunBy, RichText summary, boolean hasSummary,
                            String assesses, boolean hasAssesses, List<QuestionView> questions, boolean hasQuestions,
                            String only, boolean hasOnly, String alternatives, boolean hasAlternatives) {}

    public record QuestionView(String number, String ask, RichText listenFor, boolean hasListenFor,
                               String assesses, boolean hasAssesses, String only, boolean hasOnly) {}

    /**
     * A track of a kit that has several: its title, its steps in order ("1. Screen → 2. Deal
     * review"), and what its own steps ask of a candidate's time.
     */
    public record TrackView(String title, String steps, List<TimeLine> time, boolean hasTime) {}

    public record RedFlagView(String id, String text, String criterion, boolean hasCriterion) {}

    /**
     * The criteria × stages table, which stage assesses which criterion, for some of the stages:
     * a guide has one such table for each {@link Localizer#COVERAGE_COLUMNS} stages, so that
     * every table fits the page. Stages head their columns by their numbers.
     */
    public record CoverageTable(List<CoverageStage> stages, List<CoverageRow> rows) {}

    /** A stage as a column of the coverage table: its number heads the column; its title explains it. */
    public record CoverageStage(String number, String title) {}

    public record CoverageRow(String criterion, List<CoverageCell> cells) {}

    public record CoverageCell(String mark, boolean covered) {}

    private Views() {}
}
