package dev.kitgen.localize;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.files.Folder;
import dev.kitgen.model.Criterion;
import dev.kitgen.model.Kit;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Language;
import dev.kitgen.model.Length;
import dev.kitgen.model.RatingScale;
import dev.kitgen.model.RoleId;
import dev.kitgen.model.Stage;
import dev.kitgen.model.Text;
import dev.kitgen.model.Translation;
import dev.kitgen.usecase.Catalogs;
import dev.kitgen.usecase.Kits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizerTest {

    static final List<Folder> BUILT_IN = List.of(Folder.builtIn("templates"));

    static Catalog catalog(String lang) {
        return Catalogs.load(Language.of(lang), BUILT_IN, new Diagnostics());
    }

    /** A kit in English with stages of 45 and 90 minutes, a one-day work trial and a résumé review without a duration. */
    static Kit kit() {
        Criterion coding = new Criterion("coding", new Text("criteria.coding.title", "Writes code"),
                new Text("criteria.coding.detail", ""), 1, List.of());
        return new Kit("tiny", Language.of("en"), new Text("role", "Engineer"), new Text("summary", "Builds things."),
                RatingScale.DEFAULT, List.of(coding),
                List.of(stage("review", "Résumé review", Length.NONE),
                        stage("screen", "Screen", new Length(45, 0)),
                        stage("coding", "Coding", new Length(90, 0)),
                        stage("trial", "Work trial", new Length(0, 1))),
                List.of(), List.of());
    }

    static Stage stage(String id, String title, Length length) {
        return new Stage(id, new Text("stages." + id + ".title", title), new Text("stages." + id + ".summary", ""),
                new Text("stages." + id + ".run-by", ""), length, List.of("coding"), List.of());
    }

    static Translation translation(String lang, Map<String, String> texts) {
        return new Translation(Language.of(lang), texts, List.of());
    }

    static KitBundle bundle(Translation... translations) {
        Map<Language, Translation> byLang = new java.util.HashMap<>();
        for (Translation t : translations) byLang.put(t.lang(), t);
        return new KitBundle(kit(), byLang);
    }

    static Localizer localizer(String lang, Translation... translations) {
        return new Localizer(bundle(translations), catalog(lang), "kitgen test", "sha256:test");
    }

    @ParameterizedTest(name = "{0} min, {1} days: {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "1   | 0 | 1 minute            | 1 minuto",
            "45  | 0 | 45 minutes          | 45 minutos",
            "60  | 0 | 1 hour              | 1 hora",
            "90  | 0 | 1 h 30 min          | 1 h 30 min",
            "120 | 0 | 2 hours             | 2 horas",
            "255 | 0 | 4 h 15 min          | 4 h 15 min",
            "0   | 1 | 1 day               | 1 día",
            "0   | 3 | 3 days              | 3 días",
            "135 | 1 | 2 h 15 min and 1 day | 2 h 15 min y 1 día",
            "30  | 2 | 30 minutes and 2 days | 30 minutos y 2 días",
            "0   | 0 | ''                  | ''"})
    void durationsReadNaturally(int minutes, int days, String en, String es) {
        Length length = new Length(minutes, days);

        assertThat(localizer("en").duration(length)).isEqualTo(en);
        assertThat(localizer("es").duration(length)).isEqualTo(es);
    }

    @Test
    void theGuideAddsTheStagesUpToATotalAndCountsTheStepsWithoutALength() {
        Views.Guide guide = localizer("es").guide();

        assertThat(guide.time()).containsExactly(new Views.TimeLine("Tiempo en entrevistas",
                "2 h 15 min y 1 día, más 1 paso sin duración fijada"));
        assertThat(guide.hasTime()).isTrue();
        assertThat(guide.stages()).extracting(Views.StageView::duration)
                .containsExactly("", "45 minutos", "1 h 30 min", "1 día");
        assertThat(guide.stages()).extracting(Views.StageView::hasDuration).containsExactly(false, true, true, true);
    }

    @Test
    void kitTextFallsBackFromRegionToLanguageToTheKitsOwnLanguage() {
        Translation es = translation("es", Map.of("role", "Ingeniero/a", "summary", "Construye cosas."));
        Translation mx = translation("es-MX", Map.of("role", "Ingeniero/a (MX)"));

        Views.Guide guide = localizer("es-MX", es, mx).guide();

        assertThat(guide.doc().role()).isEqualTo("Ingeniero/a (MX)");
        assertThat(guide.summary().markdown()).isEqualTo("Construye cosas.");
        assertThat(guide.criteria()).extracting(Views.CriterionView::title).containsExactly("Writes code");
        assertThat(guide.doc().lang()).isEqualTo("es-MX");
        TranslationCoverage coverage = TranslationCoverage.of(bundle(es, mx), Language.of("es-MX"));
        assertThat(coverage.missing()).extracting(Text::key).contains("criteria.coding.title")
                .doesNotContain("role", "summary");
        assertThat(coverage.chainText()).isEqualTo("es-MX → es → en");
    }

    @Test
    void theKitsOwnLanguageHasNothingUntranslated() {
        assertThat(TranslationCoverage.of(bundle(), Language.of("en")).missing()).isEmpty();
        assertThat(TranslationCoverage.of(bundle(), Language.of("en-GB")).missing()).isEmpty();
    }

    @Test
    void eachTextKnowsTheLanguageItIsIn() {
        Translation es = translation("es", Map.of("role", "Ingeniero/a"));
        Translation esMx = translation("es-MX", Map.of("summary", "Construye cosas."));
        Localizer localizer = localizer("es-MX", es, esMx);

        assertThat(localizer.textLang(new Text("summary", "Builds things."))).isEqualTo(Language.of("es-MX"));
        assertThat(localizer.textLang(new Text("role", "Engineer"))).isEqualTo(Language.of("es"));
        assertThat(localizer.textLang(new Text("stages.screen.title", "Screen"))).isEqualTo(Language.of("en"));
    }

    @Test
    void aTranslationOfAnotherLanguageIsNeverUsed() {
        Translation es = translation("es", Map.of("role", "Ingeniero/a"));

        assertThat(localizer("fr", es).guide().doc().role()).isEqualTo("Engineer");
        assertThat(localizer("en", es).guide().doc().role()).isEqualTo("Engineer");
    }

    @Test
    void headingsAndLabelsComeFromTheCatalogOfTheLanguage() {
        Views.Guide guide = localizer("es").guide();

        assertThat(guide.doc().title()).isEqualTo("Guía para entrevistar: Engineer");
        assertThat(guide.t()).containsEntry("lookFor", "Qué buscar");
        assertThat(guide.scale()).extracting(Views.RatingView::label).containsExactly(
                "Muy por debajo del nivel", "Por debajo del nivel", "Alcanza el nivel", "Supera el nivel");
    }

    @Test
    void aScorecardRatesOnlyWhatItsStageAssesses() {
        Views.Scorecard scorecard = localizer("en").scorecard("trial", false);

        assertThat(scorecard.doc().title()).isEqualTo("Scorecard: Work trial (Engineer)");
        assertThat(scorecard.stage().number()).isEqualTo("4");
        assertThat(scorecard.criteria()).extracting(Views.CriterionView::id).containsExactly("coding");
        assertThat(scorecard.recommendations()).extracting(Views.Choice::label)
                .containsExactly("Strong no hire", "No hire", "Hire", "Strong hire", "No decision");
    }

    @Test
    void aScorecardListsTheRedFlagsOfWhatItsStageAssessesAndTheGuideListsThemAll() {
        Diagnostics diagnostics = new Diagnostics();
        KitBundle shipped = new Kits(Folder.builtIn("kits"))
                .read(RoleId.of("ml-engineer"), diagnostics).orElseThrow();
        Kit kit = shipped.kit();
        Localizer localizer = new Localizer(shipped, Catalogs.load(Language.of("en"),
                List.of(Folder.builtIn("templates")), diagnostics), "kitgen test", "sha256:test");

        assertThat(localizer.guide().redFlags()).hasSize(kit.redFlags().size());
        for (Stage stage : kit.stages()) {
            List<String> expected = kit.redFlags().stream()
                    .filter(f -> f.criterion().isEmpty() || stage.assesses().contains(f.criterion()))
                    .map(f -> f.text().value()).toList();
            assertThat(localizer.scorecard(stage.id(), false).redFlags()).as(stage.id())
                    .extracting(Views.RedFlagView::text).containsExactlyElementsOf(expected);
        }
        // The coding challenge assesses engineering and ML fundamentals, not MLOps.
        assertThat(localizer.scorecard("coding-challenge", false).redFlags()).extracting(Views.RedFlagView::text)
                .noneMatch(text -> text.contains("monitor a deployed model"))
                .isNotEmpty();
    }
}
