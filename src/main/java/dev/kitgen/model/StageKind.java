package dev.kitgen.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of step of the hiring process a stage is, as {@code kind:} names it. The kind
 * decides the form the step gets and whether its length is the candidate's time in interviews,
 * work the candidate does on their own, or no time of the candidate's at all.
 */
public enum StageKind {
    INTERVIEW(Form.RATING, Time.MEETING),
    APPLICATION(Form.NONE, Time.NONE),
    TAKE_HOME(Form.REVIEW, Time.WORK),
    WORK_TRIAL(Form.RATING, Time.WORK),
    REFERENCE_CHECK(Form.REFERENCE, Time.NONE),
    OFFER(Form.NONE, Time.NONE),
    OTHER(Form.RATING, Time.MEETING);

    /** The form a step's scorecard file holds; {@link #NONE} steps have no scorecard. */
    public enum Form {
        /** Rates the candidate against the stage's criteria, with a recommendation. */
        RATING,
        /** A rubric for whoever grades a take-home: the same ratings, filled in by a reviewer. */
        REVIEW,
        /** Questions for a referee, what to listen for, and room for the answers. */
        REFERENCE,
        NONE
    }

    /** Whose time a step's length is. */
    public enum Time {
        /** The candidate's time with the interviewers: added up as time in interviews. */
        MEETING,
        /** Work the candidate does on their own, within a window: stated apart, never added to interviews. */
        WORK,
        /** Not the candidate's time (a review of their application, calls with referees). */
        NONE
    }

    public static final StageKind DEFAULT = INTERVIEW;

    private final Form form;
    private final Time time;

    StageKind(Form form, Time time) {
        this.form = form;
        this.time = time;
    }

    /** The name a kit writes: {@code take-home}, {@code reference-check}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<StageKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(StageKind::id).toList();
    }

    /**
     * The form of a step of this kind; an "other" step is rated only when it assesses criteria,
     * and has no form otherwise.
     */
    public Form form(boolean assessesCriteria) {
        return this == OTHER && !assessesCriteria ? Form.NONE : form;
    }

    public Time time() {
        return time;
    }

    /** Whether a step of this kind can rate criteria on its scorecard. */
    public boolean canRate() {
        return form == Form.RATING || form == Form.REVIEW;
    }

    /** Whether a step of this kind is always rated, so that it must say which criteria ("other" may rate none). */
    public boolean rates() {
        return canRate() && this != OTHER;
    }
}
