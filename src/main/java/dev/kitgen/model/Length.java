package dev.kitgen.model;

/**
 * How long a step takes: minutes (interviews, hours written as minutes), whole days (work
 * trials, take-home windows), or neither (a résumé review). A range runs from
 * {@code minutes}/{@code days} to {@code maxMinutes}/{@code maxDays}; an exact length has both
 * ends equal. {@code about} marks a length the kit states only roughly ("about 3 hours").
 */
public record Length(int minutes, int days, int maxMinutes, int maxDays, boolean about) {
    public static final Length NONE = new Length(0, 0);

    public Length {
        maxMinutes = Math.max(minutes, maxMinutes);
        maxDays = Math.max(days, maxDays);
    }

    /** An exact length. */
    public Length(int minutes, int days) {
        this(minutes, days, minutes, days, false);
    }

    public boolean isNone() {
        return maxMinutes == 0 && maxDays == 0;
    }

    public boolean isRange() {
        return maxMinutes != minutes || maxDays != days;
    }

    /** The lower end of a range; the length itself when it is exact. */
    public Length shortest() {
        return new Length(minutes, days, minutes, days, about);
    }

    /** The upper end of a range; the length itself when it is exact. */
    public Length longest() {
        return new Length(maxMinutes, maxDays, maxMinutes, maxDays, about);
    }

    public Length approximate(boolean approximate) {
        return new Length(minutes, days, maxMinutes, maxDays, approximate);
    }

    /** Both ends added; the sum is approximate if either part is. */
    public Length plus(Length other) {
        return new Length(minutes + other.minutes, days + other.days, maxMinutes + other.maxMinutes,
                maxDays + other.maxDays, about || other.about);
    }
}
