package dev.kitgen.validate;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.load.YamlLoader;
import dev.kitgen.model.Anchor;
import dev.kitgen.model.Criterion;
import dev.kitgen.model.Kit;
import dev.kitgen.model.KitPath;
import dev.kitgen.model.Only;
import dev.kitgen.model.Question;
import dev.kitgen.model.Stage;
import dev.kitgen.testing.KitFixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Kit#forPath}: the kit as one track and level see it, an ordinary kit the documents render as any. */
class ProjectionTest {

    static Kit kit(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        Kit kit = KitValidator.validate(new YamlLoader().parse(yaml.getBytes(StandardCharsets.UTF_8), "kit.yaml",
                diagnostics).orElseThrow(), "customer-team", diagnostics);
        assertThat(diagnostics.sorted()).as("problems of the kit").isEmpty();
        return kit;
    }

    private static final Kit KIT = kit(KitFixtures.TRACKS);

    private static List<String> stages(Kit kit) {
        return kit.stages().stream().map(Stage::id).toList();
    }

    private static Stage stage(Kit kit, String id) {
        return kit.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theWholeKitKeepsEveryStageWithItsLimits() {
        assertThat(KIT.forPath(KitPath.ALL)).isSameAs(KIT);
        assertThat(stages(KIT)).containsExactly("recruiter-screen", "discovery-role-play", "account-review", "take-home",
                "live-presentation", "leadership-interview", "hiring-manager");
        assertThat(stage(KIT, "discovery-role-play").only()).isEqualTo(new Only(Set.of("sales"), Set.of()));
        assertThat(stage(KIT, "leadership-interview").only()).isEqualTo(new Only(Set.of(), Set.of("senior", "staff")));
        assertThat(KIT.tracks()).hasSize(2);
        assertThat(KIT.levels()).hasSize(3);
    }

    @Test
    void aTrackAndALevelKeepOnlyTheirStagesQuestionsCriteriaAndAnchors() {
        Kit path = KIT.forPath(new KitPath("sales", "mid"));
        assertThat(stages(path)).containsExactly("recruiter-screen", "discovery-role-play", "take-home",
                "live-presentation", "hiring-manager");
        assertThat(path.criteria()).extracting(Criterion::id).containsExactly("communication", "discovery");
        assertThat(stage(path, "hiring-manager").questions()).extracting(Question::id).containsExactly("hardest-customer");
        Criterion communication = path.criteria().get(0);
        assertThat(communication.anchors()).extracting(Anchor::rating).containsExactly(1, 4);
        assertThat(communication.anchors().get(1).text().value()).startsWith("Explains a complex offer");
        // Nothing on the path is limited any more: the documents show no "only for".
        assertThat(path.stages()).allMatch(s -> s.only().isAll());
        assertThat(communication.anchors()).allMatch(a -> a.only().isAll());
        assertThat(path.tracks()).extracting(t -> t.id()).containsExactly("sales");
        assertThat(path.levels()).extracting(l -> l.id()).containsExactly("mid");
    }

    @Test
    void aTrackAloneKeepsEveryLevelSideBySide() {
        Kit path = KIT.forPath(new KitPath("customer-success", ""));
        assertThat(stages(path)).containsExactly("recruiter-screen", "account-review", "take-home", "live-presentation",
                "leadership-interview", "hiring-manager");
        assertThat(stage(path, "leadership-interview").only()).isEqualTo(new Only(Set.of(), Set.of("senior", "staff")));
        assertThat(path.criteria().get(0).anchors()).hasSize(4);
        assertThat(path.levels()).hasSize(3);
        assertThat(path.stagesOf("")).isEqualTo(path.stages());
    }

    @Test
    void aStageSharedByEveryTrackIsOnEachTrackOnce() {
        for (String track : List.of("sales", "customer-success")) {
            assertThat(stages(KIT.forPath(new KitPath(track, "staff")))).as(track)
                    .containsOnlyOnce("recruiter-screen", "hiring-manager");
            assertThat(KIT.stagesOf(track)).extracting(Stage::id).as(track).containsOnlyOnce("recruiter-screen");
        }
    }

    @Test
    void anAlternativeAloneOnAPathIsAStageLikeAnyOther() {
        Kit kit = kit(KitFixtures.tracks("    minutes: 45\n    one-of: exercise\n",
                "    minutes: 45\n    one-of: exercise\n    only: [customer-success]\n"));
        assertThat(stage(kit.forPath(new KitPath("customer-success", "")), "take-home").oneOf()).isEqualTo("exercise");
        Kit sales = kit.forPath(new KitPath("sales", ""));
        assertThat(stages(sales)).doesNotContain("live-presentation");
        assertThat(stage(sales, "take-home").oneOf()).isEmpty();
    }

    @Test
    void aRedFlagOfACriterionOffThePathGoesWithIt() {
        Kit kit = kit(KitFixtures.TRACKS + "red-flags:\n  - id: pushy\n    text: Pushes.\n    criterion: discovery\n"
                + "  - id: late\n    text: Late.\n");
        assertThat(kit.forPath(new KitPath("customer-success", "")).redFlags()).extracting(f -> f.id()).containsExactly("late");
        assertThat(kit.forPath(new KitPath("sales", "")).redFlags()).extracting(f -> f.id()).containsExactly("pushy", "late");
    }
}
