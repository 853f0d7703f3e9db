package dev.kitgen.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One role's interview kit, as written in {@code kits/<role>/kit.yaml}, validated.
 * {@code hearBack} tells candidates when and how they hear back, on their sheet; {@code tracks}
 * and {@code levels} are the paths and seniorities the process has, if any.
 */
public record Kit(String id, Language lang, Text role, Text summary, RatingScale scale,
                  List<Criterion> criteria, List<Stage> stages, List<Tip> tips, List<RedFlag> redFlags,
                  Text hearBack, List<Track> tracks, List<Level> levels) {

    public Kit {
        criteria = List.copyOf(criteria);
        stages = List.copyOf(stages);
        tips = List.copyOf(tips);
        redFlags = List.copyOf(redFlags);
        tracks = List.copyOf(tracks);
        levels = List.copyOf(levels);
    }

    /** A kit without tracks or levels. */
    public Kit(String id, Language lang, Text role, Text summary, RatingScale scale,
               List<Criterion> criteria, List<Stage> stages, List<Tip> tips, List<RedFlag> redFlags, Text hearBack) {
        this(id, lang, role, summary, scale, criteria, stages, tips, redFlags, hearBack, List.of(), List.of());
    }

    /**
     * The kit as it is along {@code path}: an ordinary kit holding only the stages, questions,
     * criteria, anchors and red flags of that track and level, and of those only the one chosen,
     * so that every document renders it as it renders any kit. What the path leaves open stays,
     * with its limits.
     */
    public Kit forPath(KitPath path) {
        return Projection.of(this, path);
    }

    /** This kit with what a path keeps of it: the rest (role, texts, scale, tips) as it is. */
    Kit along(List<Criterion> criteria, List<Stage> stages, List<RedFlag> redFlags, List<Track> tracks, List<Level> levels) {
        return new Kit(id, lang, role, summary, scale, criteria, stages, tips, redFlags, hearBack, tracks, levels);
    }

    /** The stages a candidate of track {@code track} goes through, in order (all of them for an empty track). */
    public List<Stage> stagesOf(String track) {
        return stages.stream().filter(s -> s.only().includesTrack(track)).toList();
    }

    /** A kit that tells candidates nothing about hearing back. */
    public Kit(String id, Language lang, Text role, Text summary, RatingScale scale,
               List<Criterion> criteria, List<Stage> stages, List<Tip> tips, List<RedFlag> redFlags) {
        this(id, lang, role, summary, scale, criteria, stages, tips, redFlags, new Text("hear-back", ""));
    }

    /** Every non-empty text of the kit, in the order it is written: what a translation covers. */
    public List<Text> texts() {
        List<Text> all = new ArrayList<>();
        all.add(role);
        all.add(summary);
        all.addAll(scale.labels());
        tracks.forEach(t -> all.add(t.title()));
        levels.forEach(l -> all.add(l.title()));
        for (Criterion c : criteria) {
            all.add(c.title());
            all.add(c.detail());
            c.anchors().forEach(a -> all.add(a.text()));
        }
        for (Stage s : stages) {
            all.add(s.title());
            all.add(s.runBy());
            all.add(s.summary());
            all.add(s.prepare());
            all.add(s.meet());
            for (Question q : s.questions()) {
                all.add(q.ask());
                all.add(q.listenFor());
            }
        }
        tips.forEach(t -> all.add(t.text()));
        redFlags.forEach(r -> all.add(r.text()));
        all.add(hearBack);
        all.removeIf(Text::isEmpty);
        return List.copyOf(all);
    }
}
