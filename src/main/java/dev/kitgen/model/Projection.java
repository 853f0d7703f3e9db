package dev.kitgen.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Kit#forPath}: the kit as one track and level see it. */
final class Projection {

    private Projection() {}

    static Kit of(Kit kit, KitPath path) {
        if (path.isAll()) return kit;
        List<Criterion> criteria = kit.criteria().stream()
                .filter(c -> c.only().includes(path))
                .map(c -> new Criterion(c.id(), c.title(), c.detail(), c.weight(), anchors(c.anchors(), path),
                        c.only().along(path)))
                .toList();
        Set<String> kept = criteria.stream().map(Criterion::id).collect(Collectors.toSet());
        List<Stage> stages = kit.stages().stream()
                .filter(s -> s.only().includes(path))
                .map(s -> s.along(within(s.assesses(), kept), questions(s.questions(), path, kept), s.only().along(path),
                        s.oneOf()))
                .toList();
        stages = alone(stages);
        // A red flag bears on what is looked for on the path, or on nothing in particular.
        List<RedFlag> redFlags = kit.redFlags().stream()
                .filter(f -> f.criterion().isEmpty() || kept.contains(f.criterion()))
                .toList();
        List<Track> tracks = kit.tracks().stream().filter(t -> path.track().isEmpty() || t.id().equals(path.track())).toList();
        List<Level> levels = kit.levels().stream().filter(l -> path.level().isEmpty() || l.id().equals(path.level())).toList();
        return kit.along(criteria, stages, redFlags, tracks, levels);
    }

    /** An alternative whose others are off the path is a stage like any other there. */
    private static List<Stage> alone(List<Stage> stages) {
        java.util.Map<String, Long> members = stages.stream().filter(s -> !s.oneOf().isEmpty())
                .collect(Collectors.groupingBy(Stage::oneOf, Collectors.counting()));
        return stages.stream().map(s -> members.getOrDefault(s.oneOf(), 0L) != 1 ? s
                : s.along(s.assesses(), s.questions(), s.only(), "")).toList();
    }

    private static List<Anchor> anchors(List<Anchor> anchors, KitPath path) {
        return anchors.stream().filter(a -> a.only().includes(path))
                .map(a -> new Anchor(a.rating(), a.text(), a.only().along(path))).toList();
    }

    private static List<Question> questions(List<Question> questions, KitPath path, Set<String> criteria) {
        return questions.stream().filter(q -> q.only().includes(path))
                .map(q -> new Question(q.id(), q.ask(), q.listenFor(), within(q.assesses(), criteria), q.only().along(path)))
                .toList();
    }

    private static List<String> within(List<String> ids, Set<String> kept) {
        return ids.stream().filter(kept::contains).toList();
    }
}
