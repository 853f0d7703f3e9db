package dev.kitgen.model;

/**
 * How long a stage takes: interview minutes, or whole days for work trials and take-home
 * exercises. A stage such as a résumé review has neither.
 */
public record Length(int minutes, int days) {
    public static final Length NONE = new Length(0, 0);

    public boolean isNone() {
        return minutes == 0 && days == 0;
    }

    public Length plus(Length other) {
        return new Length(minutes + other.minutes, days + other.days);
    }
}
