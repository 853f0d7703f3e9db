package dev.kitgen.validate;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.load.Node;
import dev.kitgen.model.Length;
import dev.kitgen.model.StageKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a stage says about the step itself: its kind, its length (minutes, hours or days,
 * exact or a range, perhaps "about"), the window a take-home or trial is given, and whether it
 * is paid. People write lengths as they speak ("1.5 hours", "25-30", "~45", {@code duration:});
 * each of those is an error that names the spelling to write instead.
 */
final class StepReader {

    /** Hours a working day has, to turn "half a day" into hours. */
    static final int WORKING_DAY_HOURS = 8;

    private static final List<String> UNITS = List.of("minutes", "hours", "days");
    /** Keys people write for a length that the format spells otherwise. */
    private static final List<String> LENGTH_WORDS = List.of("duration", "length", "time", "effort", "mins", "min",
            "hrs", "h", "day");

    /** "45", "~45 min", "about 1.5 hours", "25-30 minutes", "2 to 3 days". */
    private static final Pattern SPOKEN = Pattern.compile(
            "(~|about |approx\\.? |approximately |around |ca\\. ?)?(\\d{1,6}(?:[.,]\\d{1,3})?)"
                    + "(?: ?(?:-|–|—|to) ?(\\d{1,6}(?:[.,]\\d{1,3})?))? ?([a-z]+)?\\.?");

    private final MappingReader r;
    private final String stage;
    private final Diagnostics diagnostics;

    StepReader(MappingReader r, String stage, Diagnostics diagnostics) {
        this.r = r;
        this.stage = stage;
        this.diagnostics = diagnostics;
    }

    StageKind kind() {
        return r.scalar("kind", "a kind of step such as 'interview' or 'take-home'").map(s -> {
            Optional<StageKind> kind = StageKind.of(s.value());
            if (kind.isEmpty()) {
                diagnostics.error(s.location(), "'" + UserText.quote(s.value()) + "' is not a kind of step"
                        + Suggest.hint(s.value(), StageKind.ids()) + "; write one of " + String.join(", ", StageKind.ids()));
            }
            return kind.orElse(StageKind.DEFAULT);
        }).orElse(StageKind.DEFAULT);
    }

    /** The stage's length from {@code minutes}, {@code hours} or {@code days}, with {@code about}. */
    Length length() {
        Length length = Length.NONE;
        for (String unit : UNITS) {
            if (r.has(unit)) length = read(unit);
        }
        boolean about = r.bool("about");
        if (about && length.isNone() && r.has("about")) {
            diagnostics.warning(r.keyLocationOf("about"), "'about' in stage '" + UserText.quote(stage)
                    + "' says its length is rough, but it has none; add 'minutes', 'hours' or 'days', or drop 'about'");
        }
        return length.approximate(about);
    }

    /** The days a candidate is given for a take-home or trial; none for other kinds. */
    Length window(StageKind kind) {
        if (!r.has("window-days")) return Length.NONE;
        if (kind.time() != StageKind.Time.WORK) {
            diagnostics.error(r.keyLocationOf("window-days"), "'window-days' in stage '" + UserText.quote(stage)
                    + "' is for a take-home or work trial; add 'kind: take-home' or 'kind: work-trial', or drop it");
            return Length.NONE;
        }
        return read("window-days");
    }

    boolean paid() {
        return r.bool("paid");
    }

    /** What to write instead of an unknown key that states a length: {@code duration: 45 minutes}. */
    static Optional<String> advice(Node.Entry e) {
        String key = e.key().toLowerCase(Locale.ROOT);
        if (key.equals("window") || key.equals("window-day") || key.equals("deadline")) {
            return Optional.of("write the days the candidate is given as '" + windowSpelling(e.value()) + "'");
        }
        if (!LENGTH_WORDS.contains(key)) return Optional.empty();
        return Optional.of("write a stage's length as " + spoken(e.value(), defaultUnit(key))
                .map(s -> "'" + s + "'").orElse("'minutes: 45', 'hours: 2' or 'days: 1'")
                + (key.equals("effort") ? " (for a take-home, its length is the work it asks for)" : ""));
    }

    /** A window is counted in whole days: part of a day is a day. */
    private static String windowSpelling(Node value) {
        if (value instanceof Node.Scalar s && s.value() != null) {
            Matcher m = SPOKEN.matcher(s.value().strip().toLowerCase(Locale.ROOT));
            if (m.matches() && (m.group(4) == null || "days".equals(unitOf(m.group(4))))) {
                int from = number(m.group(2)).setScale(0, RoundingMode.CEILING).intValueExact();
                int to = m.group(3) == null ? from : number(m.group(3)).setScale(0, RoundingMode.CEILING).intValueExact();
                return "window-days: " + (from == to ? String.valueOf(from) : "[" + from + ", " + to + "]");
            }
        }
        return "window-days: 6";
    }

    private static String defaultUnit(String key) {
        return key.startsWith("h") ? "hours" : key.startsWith("d") ? "days" : "minutes";
    }

    private Length read(String key) {
        Optional<Node.Entry> entry = r.entry(key);
        if (entry.isEmpty()) return Length.NONE;
        Node value = entry.get().value();
        int[] range = value instanceof Node.Sequence seq ? range(key, seq) : single(key, value);
        if (range == null) return Length.NONE;
        int max = max(key);
        if (range[1] > max) {
            diagnostics.error(value.location(), "'" + key + "' of stage '" + UserText.quote(stage) + "' must be at most " + max
                    + (key.equals("minutes") ? "; write 'days' for a stage longer than a day" : ""));
            return Length.NONE;
        }
        return switch (key) {
            case "minutes" -> new Length(range[0], 0, range[1], 0, false);
            case "hours" -> new Length(range[0] * 60, 0, range[1] * 60, 0, false);
            default -> new Length(0, range[0], 0, range[1], false);
        };
    }

    private static int max(String key) {
        return switch (key) {
            case "minutes" -> KitFormat.MAX_MINUTES;
            case "hours" -> KitFormat.MAX_MINUTES / 60;
            default -> KitFormat.MAX_DAYS;
        };
    }

    /** {@code 45}: a whole number of at least one; anything else is reported with the spelling to write. */
    private int[] single(String key, Node value) {
        if (value instanceof Node.Scalar s && s.type() == Node.Scalar.Type.INTEGER) {
            int n = parse(s.value());
            if (n >= 1) return new int[] {n, n};
            diagnostics.error(s.location(), "'" + key + "' of stage '" + UserText.quote(stage) + "' must be 1 or more"
                    + (key.equals("window-days") ? "" : "; leave it out for a step without a set length"));
            return null;
        }
        Optional<String> better = key.equals("window-days") ? Optional.of(windowSpelling(value)) : spoken(value, key);
        diagnostics.error(value.location(), "'" + key + "' of stage '" + UserText.quote(stage) + "' must be a whole number "
                + "or a range such as [25, 30], found " + describe(value) + better.map(b -> "; write '" + b + "'"
                + (key.equals("days") && !b.startsWith("days") ? " (a working day counted as " + WORKING_DAY_HOURS + " hours)" : ""))
                .orElse(""));
        return null;
    }

    /** {@code [25, 30]}: two whole numbers, the shorter first. */
    private int[] range(String key, Node.Sequence seq) {
        List<Node> items = seq.items();
        boolean whole = items.size() == 2 && items.stream().allMatch(i -> i instanceof Node.Scalar s
                && s.type() == Node.Scalar.Type.INTEGER && parse(s.value()) >= 1);
        if (!whole) {
            diagnostics.error(seq.location(), "'" + key + "' of stage '" + UserText.quote(stage) + "' as a range is two "
                    + "whole numbers of at least 1, the shorter first, such as [25, 30]");
            return null;
        }
        int from = parse(((Node.Scalar) items.get(0)).value());
        int to = parse(((Node.Scalar) items.get(1)).value());
        if (from > to) {
            diagnostics.error(seq.location(), "the range of '" + key + "' of stage '" + UserText.quote(stage)
                    + "' runs backwards; write '" + key + ": [" + to + ", " + from + "]'");
            return null;
        }
        if (from == to) {
            diagnostics.warning(seq.location(), "the range of '" + key + "' of stage '" + UserText.quote(stage)
                    + "' has equal ends; write '" + key + ": " + from + "'");
        }
        return new int[] {from, to};
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static String describe(Node value) {
        if (!(value instanceof Node.Scalar s) || s.value() == null) return value.kind();
        return (s.type() == Node.Scalar.Type.STRING ? "the text '" : "'") + UserText.quote(s.value()) + "'";
    }

    /**
     * The spelling of what someone wrote as they would say it, in whole units: {@code 1.5} hours
     * is {@code minutes: 90}, {@code 0.5} days is {@code hours: 4}, {@code 25-30} is
     * {@code minutes: [25, 30]}, {@code ~45} adds {@code about: true}.
     */
    static Optional<String> spoken(Node value, String unit) {
        if (!(value instanceof Node.Scalar s) || s.value() == null) return Optional.empty();
        Matcher m = SPOKEN.matcher(s.value().strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        String said = m.group(4) == null ? unit : unitOf(m.group(4));
        if (said == null) return Optional.empty();
        BigDecimal from = number(m.group(2));
        BigDecimal to = m.group(3) == null ? from : number(m.group(3));
        String[] spelt = whole(said, from, to);
        if (spelt == null) return Optional.empty();
        String length = spelt[1].equals(spelt[2]) ? spelt[1] : "[" + spelt[1] + ", " + spelt[2] + "]";
        return Optional.of(spelt[0] + ": " + length + (m.group(1) == null ? "" : "' and 'about: true"));
    }

    /** The unit and both ends in whole numbers, in the largest unit that keeps them whole. */
    private static String[] whole(String unit, BigDecimal from, BigDecimal to) {
        BigDecimal perUnit = switch (unit) {
            case "days" -> BigDecimal.valueOf(WORKING_DAY_HOURS * 60L);
            case "hours" -> BigDecimal.valueOf(60);
            default -> BigDecimal.ONE;
        };
        if (isWhole(from) && isWhole(to)) return new String[] {unit, plain(from), plain(to)};
        BigDecimal fromMinutes = from.multiply(perUnit);
        BigDecimal toMinutes = to.multiply(perUnit);
        for (String smaller : List.of("hours", "minutes")) {
            BigDecimal size = smaller.equals("hours") ? BigDecimal.valueOf(60) : BigDecimal.ONE;
            BigDecimal a = fromMinutes.divide(size, 3, RoundingMode.HALF_UP);
            BigDecimal b = toMinutes.divide(size, 3, RoundingMode.HALF_UP);
            if (isWhole(a) && isWhole(b)) return new String[] {smaller, plain(a), plain(b)};
        }
        return null;
    }

    private static String unitOf(String word) {
        if (word.startsWith("m")) return "minutes";
        if (word.startsWith("h")) return "hours";
        if (word.startsWith("d")) return "days";
        return null;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }

    private static boolean isWhole(BigDecimal n) {
        return n.signum() > 0 && n.stripTrailingZeros().scale() <= 0;
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
