package dev.kitgen.model;

import java.util.ArrayList;
import java.util.List;

/** One role's interview kit, as written in {@code kits/<role>/kit.yaml}, validated. */
public record Kit(String id, Language lang, Text role, Text summary, RatingScale scale,
                  List<Criterion> criteria, List<Stage> stages, List<Tip> tips, List<RedFlag> redFlags) {

    public Kit {
        criteria = List.copyOf(criteria);
        stages = List.copyOf(stages);
        tips = List.copyOf(tips);
        redFlags = List.copyOf(redFlags);
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
            for (Question q : s.questions()) {
                all.add(q.ask());
                all.add(q.listenFor());
            }
        }
        tips.forEach(t -> all.add(t.text()));
        redFlags.forEach(r -> all.add(r.text()));
        all.removeIf(Text::isEmpty);
        return List.copyOf(all);
    }
}
