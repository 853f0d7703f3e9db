package dev.kitgen.localize;

import dev.kitgen.model.Anchor;
import dev.kitgen.model.Kit;
import dev.kitgen.model.Only;
import dev.kitgen.model.Stage;
import dev.kitgen.model.Text;
import dev.kitgen.model.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What tracks, levels and either/or steps add to the documents of a kit: the number of each
 * step ({@code 3a}, {@code 3b} for alternatives), what an item is limited to, the steps of each
 * track, and totals that never add up two alternatives.
 */
final class PathViews {

    private final Kit kit;
    private final Catalog catalog;
    private final Function<Text, String> text;
    private final Function<List<Stage>, List<Views.TimeLine>> time;
    private final Map<String, String> titles = new HashMap<>();
    /** The number of each stage in the process, by index: 1, 2, 3a, 3b, 4. */
    private final List<String> numbers = new ArrayList<>();

    /**
     * @param time the lines of what a list of stages asks of a candidate's time, none of them
     *             alternatives of each other
     */
    PathViews(Kit kit, Catalog catalog, Function<Text, String> text, Function<List<Stage>, List<Views.TimeLine>> time) {
        this.kit = kit;
        this.catalog = catalog;
        this.text = text;
        this.time = time;
        kit.tracks().forEach(t -> titles.put(t.id(), text.apply(t.title())));
        kit.levels().forEach(l -> titles.put(l.id(), text.apply(l.title())));
        int step = 0;
        char letter = 'a';
        for (int i = 0; i < kit.stages().size(); i++) {
            String group = kit.stages().get(i).oneOf();
            boolean continues = i > 0 && !group.isEmpty() && group.equals(kit.stages().get(i - 1).oneOf());
            if (!continues) {
                step++;
                letter = 'a';
            }
            numbers.add(group.isEmpty() ? String.valueOf(step) : step + String.valueOf(letter++));
        }
    }

    String number(int index) {
        return numbers.get(index);
    }

    /** The titles of the tracks and levels {@code only} names, such as "Sales roles, Senior"; empty for all. */
    String only(Only only) {
        List<String> names = new ArrayList<>();
        kit.tracks().stream().filter(t -> only.tracks().contains(t.id())).forEach(t -> names.add(titles.get(t.id())));
        kit.levels().stream().filter(l -> only.levels().contains(l.id())).forEach(l -> names.add(titles.get(l.id())));
        return String.join(catalog.label("listSeparator"), names);
    }

    /** The other alternatives of the stage at {@code index}, such as "3b. Live coding"; empty for a stage all take. */
    String alternatives(int index) {
        Stage stage = kit.stages().get(index);
        if (stage.oneOf().isEmpty()) return "";
        List<String> others = new ArrayList<>();
        for (int i = 0; i < kit.stages().size(); i++) {
            if (i != index && stage.oneOf().equals(kit.stages().get(i).oneOf())) others.add(step(i));
        }
        return String.join(catalog.label("orSeparator"), others);
    }

    private String step(int index) {
        return numbers.get(index) + ". " + text.apply(kit.stages().get(index).title());
    }

    /**
     * The anchor of one rating: its text, or where the bar differs by track or level, each
     * text with the title of what it is for ("Senior: …").
     */
    String anchor(List<Anchor> anchors) {
        List<String> texts = new ArrayList<>();
        for (Anchor a : anchors) {
            String t = text.apply(a.text());
            texts.add(a.only().isAll() ? t : catalog.format("barFor", Map.of("only", only(a.only()), "text", t)));
        }
        return String.join(catalog.label("barSeparator"), texts);
    }

    /** Each track with its steps in order and its own total; none for a kit of one path. */
    List<Views.TrackView> tracks() {
        if (kit.tracks().size() < 2) return List.of();
        List<Views.TrackView> views = new ArrayList<>();
        for (Track track : kit.tracks()) {
            List<String> steps = new ArrayList<>();
            String previousGroup = "";
            for (int i = 0; i < kit.stages().size(); i++) {
                Stage s = kit.stages().get(i);
                if (!s.only().includesTrack(track.id())) continue;
                boolean sameStep = !s.oneOf().isEmpty() && s.oneOf().equals(previousGroup);
                if (sameStep) {
                    steps.set(steps.size() - 1, steps.get(steps.size() - 1) + catalog.label("orSeparator") + step(i));
                } else {
                    steps.add(step(i));
                }
                previousGroup = s.oneOf();
            }
            List<Views.TimeLine> total = time(kit.stagesOf(track.id()));
            views.add(new Views.TrackView(titles.get(track.id()), String.join(catalog.label("stepSeparator"), steps),
                    total, !total.isEmpty()));
        }
        return views;
    }

    /** What the whole process asks of a candidate's time: none when it has tracks, whose times are given one by one. */
    List<Views.TimeLine> time() {
        return kit.tracks().size() > 1 ? List.of() : time(kit.stages());
    }

    /**
     * The time of the steps every candidate of {@code stages} takes. An either/or step counts
     * once when its alternatives take as long; otherwise it is left out, as a step only some
     * levels take is, and the first line says so: never two alternatives added. Each step left
     * out then has a line of its own: the alternatives side by side ("1 h 30 min or about 3 hours
     * of work, within 6 days"), a step of some levels with their names.
     */
    private List<Views.TimeLine> time(List<Stage> stages) {
        List<Stage> sure = new ArrayList<>();
        List<Stage> byLevel = new ArrayList<>();
        Map<String, List<Stage>> alternatives = new java.util.LinkedHashMap<>();
        for (Stage s : stages) {
            if (!s.oneOf().isEmpty()) {
                alternatives.computeIfAbsent(s.oneOf(), g -> new ArrayList<>()).add(s);
            } else if (!s.only().levels().isEmpty()) {
                byLevel.add(s);
            } else {
                sure.add(s);
            }
        }
        List<Views.TimeLine> apart = new ArrayList<>();
        for (List<Stage> group : alternatives.values()) {
            boolean alike = group.stream().map(s -> List.of(s.kind(), s.length(), s.window())).distinct().count() == 1;
            if (alike) sure.add(group.get(0));
            else apart.add(either(group));
        }
        boolean byChoice = !apart.isEmpty();
        for (Stage s : byLevel) {
            alone(s).ifPresent(line -> apart.add(new Views.TimeLine(catalog.format("roleOnPath",
                    Map.of("role", text.apply(s.title()), "path", only(s.only()))), line.value())));
        }
        // The counted steps in the kit's order, known by identity (comparing records field by field
        // would be slower, and would make a cold run build each record's equals).
        java.util.Set<Stage> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        counted.addAll(sure);
        List<Views.TimeLine> lines = new ArrayList<>(time.apply(stages.stream().filter(counted::contains).toList()));
        List<String> left = new ArrayList<>();
        if (byChoice) left.add(catalog.label("notCountedByChoice"));
        if (!byLevel.isEmpty()) left.add(catalog.label("notCountedByLevel"));
        if (!left.isEmpty() && !lines.isEmpty()) {
            Views.TimeLine first = lines.get(0);
            lines.set(0, new Views.TimeLine(first.label(), catalog.format("totalNotCounting", Map.of("total", first.value(),
                    "steps", String.join(catalog.label("andSeparator"), left)))));
        }
        lines.addAll(apart);
        return lines;
    }

    /** The line of an either/or step whose alternatives differ: their titles, and their times, side by side. */
    private Views.TimeLine either(List<Stage> group) {
        String or = catalog.label("orSeparator");
        List<String> titles = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Stage s : group) {
            titles.add(text.apply(s.title()));
            values.add(alone(s).map(Views.TimeLine::value).orElse(""));
        }
        return new Views.TimeLine(String.join(or, titles), String.join(or, values.stream().filter(v -> !v.isEmpty()).toList()));
    }

    /** What one step asks of the candidate's time, labelled with its title or with the time in interviews. */
    private java.util.Optional<Views.TimeLine> alone(Stage s) {
        return time.apply(List.of(s)).stream().findFirst();
    }

    /** The role's name, and the track and level a document is made for, if it is made for one. */
    String roleOnPath(String role) {
        List<String> path = new ArrayList<>();
        if (kit.tracks().size() == 1) path.add(titles.get(kit.tracks().get(0).id()));
        if (kit.levels().size() == 1) path.add(titles.get(kit.levels().get(0).id()));
        return path.isEmpty() ? role
                : catalog.format("roleOnPath", Map.of("role", role, "path", String.join(catalog.label("listSeparator"), path)));
    }
}
