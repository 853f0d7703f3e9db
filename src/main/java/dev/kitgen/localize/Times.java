package dev.kitgen.localize;

import dev.kitgen.localize.Views.TimeLine;
import dev.kitgen.model.Length;
import dev.kitgen.model.ProcessTime;
import dev.kitgen.model.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lengths and process times in words of one catalog's language: "45 minutos", "1 h 30 min",
 * "25–30 minutes", "about 3 hours", and the lines of what a process asks of a candidate's time.
 */
final class Times {

    private final Catalog catalog;

    Times(Catalog catalog) {
        this.catalog = catalog;
    }

    /** "45 minutos", "1 h 30 min", "2 días", "25–30 minutes", "about 3 hours"; empty for no length. */
    String duration(Length length) {
        if (length.isNone()) return "";
        String exact = length.isRange() ? range(length) : exact(length);
        return length.about() ? catalog.format("about", Map.of("length", exact)) : exact;
    }

    private String range(Length length) {
        Length from = length.shortest();
        Length to = length.longest();
        if (from.days() == 0 && to.days() == 0 && to.minutes() < 60) {
            return catalog.format("minutesRange", Map.of("from", from.minutes(), "to", to.minutes()));
        }
        if (from.days() == 0 && to.days() == 0 && from.minutes() % 60 == 0 && to.minutes() % 60 == 0) {
            return catalog.format("hoursRange", Map.of("from", from.minutes() / 60, "to", to.minutes() / 60));
        }
        if (from.minutes() == 0 && to.minutes() == 0) {
            return catalog.format("daysRange", Map.of("from", from.days(), "to", to.days()));
        }
        return catalog.format("range", Map.of("from", exact(from), "to", exact(to)));
    }

    private String exact(Length length) {
        String minutes = length.minutes() == 0 ? "" : minutes(length.minutes());
        String days = length.days() == 0 ? "" : catalog.format("days", Map.of("days", length.days()));
        if (minutes.isEmpty()) return days;
        if (days.isEmpty()) return minutes;
        return catalog.format("minutesAndDays", Map.of("minutes", minutes, "days", days));
    }

    private String minutes(int total) {
        if (total < 60) return catalog.format("minutes", Map.of("minutes", total));
        int hours = total / 60;
        int rest = total % 60;
        return rest == 0 ? catalog.format("hours", Map.of("hours", hours))
                : catalog.format("hoursMinutes", Map.of("hours", hours, "minutes", rest));
    }

    /**
     * The lines of what {@code time} asks of a candidate: the time in interviews, with the steps
     * of no set length counted, then each take-home or trial with its effort and window.
     *
     * @param title a stage's title in the document's language
     */
    List<TimeLine> lines(ProcessTime time, Function<Stage, String> title) {
        List<TimeLine> lines = new ArrayList<>();
        if (time.isEmpty()) return lines;
        String interviews = duration(time.interviews());
        String value;
        if (time.unset() == 0) value = interviews;
        else if (interviews.isEmpty()) value = catalog.format("unsetSteps", Map.of("count", time.unset()));
        else value = catalog.format("plusUnsetSteps", Map.of("time", interviews, "count", time.unset()));
        if (!value.isEmpty()) lines.add(new TimeLine(catalog.label("interviewTime"), value));
        for (Stage s : time.work()) {
            lines.add(new TimeLine(title.apply(s), work(s)));
        }
        return lines;
    }

    /** "about 3 hours of work, within 6 days, paid". */
    String work(Stage s) {
        String effort = duration(s.length());
        String window = duration(s.window());
        String text;
        if (window.isEmpty()) text = catalog.format("work", Map.of("effort", effort));
        else if (effort.isEmpty()) text = catalog.format("within", Map.of("window", window));
        else text = catalog.format("workWithin", Map.of("effort", effort, "window", window));
        return s.paid() ? catalog.format("paid", Map.of("text", text)) : text;
    }
}
