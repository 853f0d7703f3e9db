package dev.kitgen.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One role's interview kit, as written in {@code kits/<role>/kit.yaml}, validated.
 * {@code hearBack} tells candidates when and how they hear back, on their sheet.
 */
public record Kit(String id, Language lang, Text role, Text summary, RatingScale scale,
                  List<Criterion> criteria, List<Stage> stages, List<Tip> tips, List<RedFlag> redFlags,
                  Text hearBack) {

    public Kit {
        criteria = List.copyOf(criteria);
        stages = List.copyOf(stages);
        tips = List.copyOf(tips);
        redFlags = List.copyOf(redFlags);
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
