package dev.kitgen.render;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of step gets the form that fits it, and a kit without criteria still gives usable documents. */
class StepFormsTest {

    @TempDir
    Path cwd;

    private static final String KIT = """
            kit: 1
            id: role
            lang: en
            role: Role
            summary: Does things.
            criteria:
              - {id: craft, title: Craft}
            stages:
              - {id: cv, kind: application, title: CV review}
              - id: exercise
                kind: take-home
                title: Exercise
                hours: 3
                window-days: 5
                assesses: [craft]
              - id: refs
                kind: reference-check
                title: References
                questions:
                  - id: again
                    ask: Would you work with them again?
                    listen-for: A clear yes
              - {id: offer, kind: offer, title: Offer}
            """;

    private String read(String file) throws IOException {
        return Files.readString(cwd.resolve("out/role/en/" + file));
    }

    @Test
    void theCandidatesTextsTakeMarkdownAndWhoRunsAStepStaysPlain() throws IOException {
        KitFixtures.write(cwd, "role", "kit.yaml", """
                kit: 1
                id: role
                lang: en
                role: Role
                summary: |
                  Does *things*.

                  Second paragraph.
                stages:
                  - id: screen
                    title: Screen
                    minutes: 30
                    run-by: The **lead** <b>engineer</b>
                  - id: exercise
                    kind: take-home
                    title: Exercise
                    hours: 3
                    prepare: |
                      Send back:

                      - your code;
                      - a note.
                hear-back: Write to [us](mailto:jobs@example.com) at any time.
                """);

        assertThat(Kitgen.run(cwd, "render", "role", "--doc", "candidate", "--format", "md,html")).succeeded();

        assertThat(read("candidate.md")).contains("Does *things*.\n\nSecond paragraph.",
                "- **You will meet:** The \\*\\*lead\\*\\* \\<b\\>engineer\\</b\\>",
                "Send back:\n\n- your code;\n- a note.", "Write to [us](mailto:jobs@example.com) at any time.");
        assertThat(read("candidate.html")).contains("<em>things</em>", "<p>Second paragraph.</p>",
                "<dd>The **lead** &lt;b&gt;engineer&lt;/b&gt;</dd>", "<li>your code;</li>",
                "<a href=\"mailto:jobs@example.com\">us</a>");
    }

    @Test
    void onlyStepsWithAFormGetAScorecardFileAndAPacketPart() throws IOException {
        KitFixtures.write(cwd, "role", "kit.yaml", KIT);

        CommandResult result = Kitgen.run(cwd, "render", "role", "--format", "md");

        assertThat(result).succeeded().wrote("out/role/en/scorecard-exercise.md").wrote("out/role/en/scorecard-refs.md")
                .wrote("out/role/en/candidate.md");
        assertThat(cwd.resolve("out/role/en/scorecard-cv.md")).doesNotExist();
        assertThat(cwd.resolve("out/role/en/scorecard-offer.md")).doesNotExist();
        assertThat(read("packet.md")).contains("Review scorecard: Exercise (Role)", "Reference call: References (Role)")
                .doesNotContain("Scorecard: CV review", "Scorecard: Offer");
    }

    @Test
    void aTakeHomeIsGradedByAReviewerAndAReferenceCallHasRoomForAnswersButNoRatings() throws IOException {
        KitFixtures.write(cwd, "role", "kit.yaml", KIT);

        assertThat(Kitgen.run(cwd, "render", "role", "--format", "md,html")).succeeded();

        assertThat(read("scorecard-exercise.md")).contains("# Review scorecard: Exercise (Role)", "| Candidate | Reviewer | Date |",
                "## Craft", "## Overall recommendation").doesNotContain("Interviewer");
        assertThat(read("scorecard-refs.md")).contains("| Candidate | Referee | Called by | Date |",
                "1. Would you work with them again?\n   - *Listen for:* A clear yes\n   - *Answer:*\n")
                .doesNotContain("Overall recommendation", "Rating", "This stage assesses no criteria");
        assertThat(read("scorecard-refs.html")).contains("<div class=\"box answer\"></div>");
        // The coverage table has a column only for the step that can rate.
        assertThat(read("guide.md")).contains("| Criterion | 2 |").doesNotContain("| CV review |");
    }

    @Test
    void aKitWithoutCriteriaShowsTheProcessAndKeepsQuestionsNotesAndTheRecommendation() throws IOException {
        KitFixtures.write(cwd, "role", "kit.yaml", """
                kit: 1
                id: role
                lang: en
                role: Role
                summary: Does things.
                stages:
                  - id: chat
                    title: Chat
                    minutes: 30
                    questions:
                      - id: why
                        ask: Why this role?
                """);

        assertThat(Kitgen.run(cwd, "render", "role", "--format", "md")).succeeded();

        assertThat(read("guide.md")).contains("## The hiring process", "1. Why this role?", "**Time in interviews:** 30 minutes")
                .doesNotContain("What to look for", "Coverage", "Rating scale");
        assertThat(read("scorecard-chat.md")).contains("1. Why this role?", "## Overall recommendation", "## Notes",
                "This stage assesses no criteria.");
    }
}
