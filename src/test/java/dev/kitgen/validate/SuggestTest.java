package dev.kitgen.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestTest {

    static final List<String> STAGE_KEYS = KitFormat.STAGE.keys();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "asseses, assesses",   // a letter left out
            "assessses, assesses", // a letter too many
            "tilte, title",        // two letters swapped
            "minuts, minutes",
            "runby, run-by",
            "run_by, run-by",
            "Title, title",        // case
            "SUMMARY, summary",
            "qestions, questions"})
    void suggestsTheKeyATypoWasMeantToBe(String typo, String meant) {
        assertThat(Suggest.closest(typo, STAGE_KEYS)).contains(meant);
        assertThat(Suggest.hint(typo, STAGE_KEYS)).isEqualTo(" (did you mean '" + meant + "'?)");
    }

    @ParameterizedTest
    @CsvSource({"duration", "banana", "x", "interviewers"})
    void suggestsNothingForAWordThatIsNotATypo(String word) {
        assertThat(Suggest.closest(word, STAGE_KEYS)).isEmpty();
        assertThat(Suggest.hint(word, STAGE_KEYS)).isEmpty();
    }

    @Test
    void shortWordsAllowOneEdit() {
        assertThat(Suggest.closest("ib", List.of("id"))).contains("id");
        assertThat(Suggest.closest("xy", List.of("id"))).isEmpty();
    }

    @Test
    void thePermittedDistanceGrowsWithTheWordButStopsAtThree() {
        assertThat(Suggest.closest("engineerin", List.of("engineering"))).contains("engineering");
        assertThat(Suggest.closest("enginring", List.of("engineering"))).contains("engineering");
        assertThat(Suggest.closest("production-experiense-intervew", List.of("production-experience-interview")))
                .contains("production-experience-interview");
        assertThat(Suggest.closest("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", List.of("production-experience-interview"))).isEmpty();
    }

    @Test
    void theClosestOfSeveralWinsAndTiesGoToTheFirst() {
        assertThat(Suggest.closest("mlop", List.of("mlops", "ml-ops"))).contains("mlops");
        assertThat(Suggest.closest("ab", List.of("ac", "ad"))).contains("ac");
    }

    @Test
    void nothingKnownMeansNoSuggestion() {
        assertThat(Suggest.closest("anything", List.of())).isEmpty();
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggest.distance("ab", "ba")).isEqualTo(1);
        assertThat(Suggest.distance("", "abc")).isEqualTo(3);
        assertThat(Suggest.distance("same", "same")).isZero();
    }
}
