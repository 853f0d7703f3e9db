package dev.kitgen.validate;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.load.Node;
import dev.kitgen.model.Anchor;
import dev.kitgen.model.Criterion;
import dev.kitgen.model.KitPath;
import dev.kitgen.model.Level;
import dev.kitgen.model.Only;
import dev.kitgen.model.RatingScale;
import dev.kitgen.model.Stage;
import dev.kitgen.model.Text;
import dev.kitgen.model.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of tracks and levels: their declarations, the {@code only} limits that name them,
 * anchors whose bar differs between them, either/or steps ({@code one-of}), and that every path
 * through the process rates what it looks for.
 */
final class KitPaths {

    private final Diagnostics diagnostics;
    private final Set<String> tracks = new LinkedHashSet<>();
    private final Set<String> levels = new LinkedHashSet<>();
    private final Map<String, Location> declaredAt = new HashMap<>();
    /** Where each stage's {@code one-of} is written, by stage id. */
    private final Map<String, Location> oneOfAt = new HashMap<>();

    KitPaths(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Track track(MappingReader r, String id) {
        declare(r, id, tracks);
        return new Track(id, new Text("tracks." + id + ".title", r.text("title")));
    }

    Level level(MappingReader r, String id) {
        declare(r, id, levels);
        return new Level(id, new Text("levels." + id + ".title", r.text("title")));
    }

    /** Tracks and levels share one set of names, so that {@code only: [x]} always means one of them. */
    private void declare(MappingReader r, String id, Set<String> into) {
        if (id.isEmpty()) return;
        Location first = declaredAt.putIfAbsent(id, r.locationOf("id"));
        if (first != null) {
            diagnostics.error(r.locationOf("id"), "'" + UserText.quote(id) + "' already names a "
                    + (tracks.contains(id) ? "track" : "level") + " (line " + first.line()
                    + "); a track and a level need different ids, since 'only' names both");
            return;
        }
        into.add(id);
    }

    /** The {@code only} of an item, each id checked against the tracks and levels declared. */
    Only only(MappingReader r, String item) {
        Set<String> onTracks = new LinkedHashSet<>();
        Set<String> onLevels = new LinkedHashSet<>();
        for (Node.Scalar id : r.ids("only", "track and level ids, such as [sales, senior]")) {
            if (tracks.contains(id.value())) {
                onTracks.add(id.value());
            } else if (levels.contains(id.value())) {
                onLevels.add(id.value());
            } else {
                unknown(id, item);
            }
        }
        return new Only(onTracks, onLevels);
    }

    private void unknown(Node.Scalar id, String item) {
        if (tracks.isEmpty() && levels.isEmpty()) {
            diagnostics.error(id.location(), "'only' of " + item + " names '" + UserText.quote(id.value())
                    + "', but the kit declares no tracks or levels; declare it under 'tracks:' or 'levels:' "
                    + "(such as '- id: " + UserText.quote(id.value()) + "' with a 'title'), or leave 'only' out");
            return;
        }
        Set<String> known = new LinkedHashSet<>(tracks);
        known.addAll(levels);
        diagnostics.error(id.location(), "unknown track or level '" + UserText.quote(id.value()) + "' in the 'only' of "
                + item + Suggest.hint(id.value(), known) + "; " + declared());
    }

    private String declared() {
        String t = tracks.isEmpty() ? "no tracks" : "tracks are " + Suggest.list(tracks);
        String l = levels.isEmpty() ? "no levels" : "levels are " + Suggest.list(levels);
        return t + ", " + l;
    }

    /**
     * A criterion's anchors: a rating maps to one text for every track and level, or to a text
     * per track or per level id. A rating keyed by levels that leaves out a level the criterion
     * is looked for at warns: that level's scorecard shows no anchor for it.
     */
    List<Anchor> anchors(MappingReader r, String criterion, RatingScale scale, Only only) {
        String key = "criteria." + criterion + ".anchors.";
        List<Anchor> anchors = new ArrayList<>();
        r.ratingValues("anchors").forEach((rating, value) -> {
            if (!scale.contains(rating)) {
                diagnostics.error(value.location(), "anchor " + rating + " of criterion '" + UserText.quote(criterion)
                        + "' is not on the rating scale; use a rating from 1 to " + scale.points());
            } else if (value instanceof Node.Scalar text) {
                JoinedLines.check(text, "anchors", diagnostics);
                anchors.add(new Anchor(rating, new Text(key + rating, text.value().strip())));
            } else {
                anchors.addAll(bar(rating, (Node.Mapping) value, criterion, key + rating + ".", only));
            }
        });
        anchors.sort(java.util.Comparator.comparingInt(Anchor::rating));
        return anchors;
    }

    private List<Anchor> bar(int rating, Node.Mapping texts, String criterion, String key, Only only) {
        String at = "anchor " + rating + " of criterion '" + UserText.quote(criterion) + "'";
        List<Anchor> anchors = new ArrayList<>();
        Map<String, Node.Entry> byId = new LinkedHashMap<>();
        for (Node.Entry e : texts.entries()) {
            boolean track = tracks.contains(e.key());
            if (!track && !levels.contains(e.key())) {
                unknownKey(e, at);
            } else if (!(e.value() instanceof Node.Scalar s) || s.type() == Node.Scalar.Type.NULL) {
                diagnostics.error(e.value().location(), "the " + UserText.quote(e.key()) + " text of " + at
                        + " must be a text, found " + e.value().kind());
            } else {
                byId.put(e.key(), e);
                JoinedLines.check(s, "anchors", diagnostics);
                Only on = track ? new Only(Set.of(e.key()), Set.of()) : new Only(Set.of(), Set.of(e.key()));
                anchors.add(new Anchor(rating, new Text(key + e.key(), s.value().strip()), on));
            }
        }
        checkBar(texts.location(), at, byId, only);
        return anchors;
    }

    private void unknownKey(Node.Entry e, String at) {
        Set<String> known = new LinkedHashSet<>(tracks);
        known.addAll(levels);
        if (known.isEmpty()) {
            diagnostics.error(e.keyLocation(), at + " is keyed by '" + UserText.quote(e.key()) + "', but the kit "
                    + "declares no tracks or levels; write the anchor as one text, or declare 'levels:'");
        } else {
            diagnostics.error(e.keyLocation(), "unknown track or level '" + UserText.quote(e.key()) + "' in " + at
                    + Suggest.hint(e.key(), known) + "; " + declared());
        }
    }

    /** A bar is kept by levels only or by tracks only, and names each one the criterion is looked for in. */
    private void checkBar(Location at, String anchor, Map<String, Node.Entry> byId, Only only) {
        if (byId.isEmpty()) return;
        boolean byTrack = byId.keySet().stream().allMatch(tracks::contains);
        boolean byLevel = byId.keySet().stream().allMatch(levels::contains);
        if (!byTrack && !byLevel) {
            diagnostics.error(at, anchor + " mixes tracks and levels; key its texts by levels only, or by tracks only");
            return;
        }
        Set<String> all = byTrack ? tracks : levels;
        Set<String> limit = byTrack ? only.tracks() : only.levels();
        List<String> missing = all.stream().filter(id -> limit.isEmpty() || limit.contains(id))
                .filter(id -> !byId.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            diagnostics.warning(at, anchor + " has no text for " + (byTrack ? "track" : "level")
                    + (missing.size() == 1 ? " '" : "s '") + String.join("', '", missing) + "', so its scorecard "
                    + "shows no anchor there; add '" + missing.get(0) + ": …'");
        }
    }

    /** The {@code one-of} of a stage: the id of the either/or step it is an alternative in. */
    String oneOf(MappingReader r, String stage) {
        if (!r.has("one-of")) return "";
        String group = r.id("one-of");
        if (!group.isEmpty()) oneOfAt.put(stage, r.locationOf("one-of"));
        return group;
    }

    /** The alternatives of an either/or step are written one after the other, and there are two or more. */
    void checkOneOf(List<Stage> stages) {
        Map<String, Integer> members = new HashMap<>();
        stages.forEach(s -> members.merge(s.oneOf(), 1, Integer::sum));
        Set<String> ended = new java.util.HashSet<>();
        String previous = "";
        for (Stage s : stages) {
            String group = s.oneOf();
            if (!group.equals(previous)) ended.add(previous);
            previous = group;
            if (group.isEmpty()) continue;
            if (members.get(group) == 1) {
                diagnostics.error(oneOfAt.get(s.id()), "stage '" + UserText.quote(s.id()) + "' is the only stage of "
                        + "either/or step '" + UserText.quote(group) + "'; give the alternative stage 'one-of: "
                        + UserText.quote(group) + "' too, or leave 'one-of' out");
            } else if (ended.contains(group)) {
                diagnostics.error(oneOfAt.get(s.id()), "stage '" + UserText.quote(s.id()) + "' is an alternative of "
                        + "either/or step '" + UserText.quote(group) + "', but other stages come between it and the "
                        + "others of '" + UserText.quote(group) + "'; write the alternatives one after the other");
            }
        }
    }

    /**
     * On every path (each track at each level), each criterion looked for there is assessed by
     * a stage of that path; else no scorecard of the path rates it. A criterion no stage
     * assesses at all is reported once, by the caller's own rule.
     */
    void checkCoverage(List<Criterion> criteria, List<Stage> stages, Map<String, Location> criterionAt) {
        if (tracks.isEmpty() && levels.isEmpty()) return;
        Set<String> anywhere = new java.util.HashSet<>();
        stages.forEach(s -> anywhere.addAll(s.assesses()));
        Map<String, List<String>> unrated = new LinkedHashMap<>();
        for (String track : tracks.isEmpty() ? Set.of("") : tracks) {
            for (String level : levels.isEmpty() ? Set.of("") : levels) {
                KitPath path = new KitPath(track, level);
                Set<String> assessed = new java.util.HashSet<>();
                stages.stream().filter(s -> s.only().includes(path)).forEach(s -> assessed.addAll(s.assesses()));
                criteria.stream()
                        .filter(c -> anywhere.contains(c.id()) && c.only().includes(path) && !assessed.contains(c.id()))
                        .forEach(c -> unrated.computeIfAbsent(c.id(), id -> new ArrayList<>()).add(on(path)));
            }
        }
        unrated.forEach((id, paths) -> diagnostics.error(criterionAt.get(id), "criterion '" + UserText.quote(id)
                + "' is assessed by no stage " + Suggest.list(paths) + ", so no scorecard there rates it; "
                + "assess it in a stage of that path, or limit the criterion with 'only'"));
    }

    /**
     * A stage that assesses a criterion shares a path with it: a stage of the SMB track that
     * assesses a criterion of the enterprise track rates it on no scorecard.
     *
     * @param assessedAt where each stage names each criterion it assesses, by stage id, then criterion id
     */
    void checkAssessedOnPath(List<Criterion> criteria, List<Stage> stages, Map<String, Map<String, Location>> assessedAt) {
        Map<String, Criterion> byId = new HashMap<>();
        criteria.forEach(c -> byId.put(c.id(), c));
        for (Stage s : stages) {
            for (String id : s.assesses()) {
                Criterion c = byId.get(id);
                if (c == null || c.only().isAll() || s.only().isAll() || shareAPath(s.only(), c.only())) continue;
                diagnostics.warning(assessedAt.get(s.id()).get(id), "stage '" + UserText.quote(s.id()) + "' assesses '"
                        + UserText.quote(id) + "', a criterion only for " + Suggest.list(names(c.only()))
                        + ", but the stage is only for " + Suggest.list(names(s.only())) + ", so no scorecard rates it; "
                        + "remove '" + UserText.quote(id) + "' from this 'assesses', or add '" + names(c.only()).get(0)
                        + "' to the 'only' of the stage");
            }
        }
    }

    private boolean shareAPath(Only a, Only b) {
        for (String track : tracks.isEmpty() ? Set.of("") : tracks) {
            for (String level : levels.isEmpty() ? Set.of("") : levels) {
                KitPath path = new KitPath(track, level);
                if (a.includes(path) && b.includes(path)) return true;
            }
        }
        return false;
    }

    /** The track and level ids an 'only' names, tracks first, in the order they are declared. */
    private List<String> names(Only only) {
        List<String> names = new ArrayList<>();
        tracks.stream().filter(only.tracks()::contains).forEach(names::add);
        levels.stream().filter(only.levels()::contains).forEach(names::add);
        return names;
    }

    /** How many of the items one path has at most: a stage asks the questions of one track and level. */
    int mostOnOnePath(List<Only> items) {
        int most = 0;
        for (String track : tracks.isEmpty() ? Set.of("") : tracks) {
            for (String level : levels.isEmpty() ? Set.of("") : levels) {
                KitPath path = new KitPath(track, level);
                most = Math.max(most, (int) items.stream().filter(o -> o.includes(path)).count());
            }
        }
        return most;
    }

    private static String on(KitPath path) {
        String track = path.track().isEmpty() ? "" : "of track '" + path.track() + "'";
        String level = path.level().isEmpty() ? "" : "at level '" + path.level() + "'";
        return track.isEmpty() || level.isEmpty() ? track + level : track + " " + level;
    }
}
