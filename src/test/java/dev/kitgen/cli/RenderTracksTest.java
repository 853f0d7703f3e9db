package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Rendering a kit of two tracks and three levels: the whole kit side by side, or one path with --track and --level. */
class RenderTracksTest {

    private static final String OUT = "out/customer-team/en/";

    @TempDir
    Path cwd;

    @BeforeEach
    void writeKit() {
        KitFixtures.write(cwd, "customer-team", "kit.yaml", KitFixtures.TRACKS);
    }

    private String read(String file) throws IOException {
        return Files.readString(cwd.resolve(OUT + file));
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void withoutTrackTheGuideShowsEachTracksStepsAndEachStageOnce() throws IOException {
        assertThat(Kitgen.run(cwd, "render", "customer-team", "--format", "md")).succeeded().errIsEmpty()
                .wrote(OUT + "guide.md").wrote(OUT + "scorecard-discovery-role-play.md")
                .wrote(OUT + "scorecard-account-review.md").wrote(OUT + "scorecard-take-home.md")
                .wrote(OUT + "scorecard-live-presentation.md");
        String guide = read("guide.md");
        assertThat(guide).contains("- **Sales roles:** 1\\. Recruiter screen → 2. Discovery role-play → "
                        + "4a. Written account plan or 4b. Live presentation → 5. Leadership interview → "
                        + "6. Hiring manager conversation",
                "- **Customer success roles:** 1\\. Recruiter screen → 3. Account review → ");
        assertThat(count(guide, "### 1. Recruiter screen")).as("the stage every track shares").isEqualTo(1);
        assertThat(guide).contains("- **Only for:** Sales roles", "- **Only for:** Senior, Staff",
                "2. Which practice of your team did you change, and how? (*Only for:* Staff)");
        // Totals are per track: the guide adds no two tracks, nor two alternatives, together.
        assertThat(guide).doesNotContain("**Time in interviews:**")
                .contains("(*Time in interviews:* 2 h 15 min, not counting the either/or steps whose alternatives "
                        + "differ in length and the steps only some levels take) (*Written account plan or Live "
                        + "presentation:* 2 days or 45 minutes) (*Leadership interview — Senior, Staff:* 45 minutes)");
        assertThat(Files.list(cwd.resolve(OUT)).map(p -> p.getFileName().toString()))
                .as("one scorecard per stage").filteredOn(n -> n.startsWith("scorecard-")).hasSize(7);
    }

    @Test
    void eitherOrStepsAreNumberedAsAlternativesOfOneStep() throws IOException {
        assertThat(Kitgen.run(cwd, "render", "customer-team", "--format", "html", "--doc", "guide")).succeeded();
        String guide = read("guide.html");
        assertThat(guide).contains("<h3>4a. Written account plan</h3>", "<h3>4b. Live presentation</h3>",
                "<dt>Or instead:</dt><dd>4b. Live presentation</dd>", "<dt>Or instead:</dt><dd>4a. Written account plan</dd>",
                "<h3>5. Leadership interview</h3>");
    }

    @Test
    void theCoverageTableNumbersItsColumnsAsTheProcessDoes() throws IOException {
        assertThat(Kitgen.run(cwd, "render", "customer-team", "--format", "md,html", "--doc", "guide")).succeeded();
        // The legend before the table names each stage by the same number: a bullet list, since "4a." starts no
        // numbered item in Markdown and would join the item before it.
        assertThat(read("guide.md")).contains("| Criterion | 1 | 2 | 3 | 4a | 4b | 5 | 6 |",
                "- 3\\. Account review\n- 4a\\. Written account plan\n- 4b\\. Live presentation\n- 5\\. Leadership");
        assertThat(read("guide.html")).contains("4a</abbr>", "4b</abbr>", "<li>4a. Written account plan</li>",
                "<li>5. Leadership interview</li>");
    }

    @Test
    void theCandidateSheetWithoutTrackShowsEachTracksStepsAndWhoTakesEachStep() throws IOException {
        assertThat(Kitgen.run(cwd, "render", "customer-team", "--format", "md", "--doc", "candidate")).succeeded()
                .errIsEmpty();
        assertThat(read("candidate.md")).contains(
                "- **Sales roles:** 1\\. Recruiter screen → 2. Discovery role-play → 4a. Written account plan or",
                "### 3. Account review\n\n- **Kind of step:** Interview\n- **Duration:** 1 hour\n"
                        + "- **Only for:** Customer success roles\n",
                "- **Or instead:** 4b. Live presentation", "- **Only for:** Senior, Staff")
                .doesNotContain("What the process asks of your time");
        assertThat(Kitgen.run(cwd, "render", "customer-team", "--track", "sales", "--level", "mid", "--format", "md",
                "--doc", "candidate")).succeeded();
        assertThat(read("candidate.sales.mid.md")).contains("**Time in interviews:** 2 h 15 min")
                .doesNotContain("Only for", "Account review", "Sales roles:**");
    }

    @Test
    void aScorecardWithoutLevelShowsTheBarOfEachLevel() throws IOException {
        assertThat(Kitgen.run(cwd, "render", "customer-team", "--format", "md", "--doc", "scorecard")).succeeded();
        assertThat(read("scorecard-recruiter-screen.md")).contains("| ☐ 4 | Above the bar | Mid-level: Explains a complex "
                + "offer simply to one buyer. · Senior: Aligns several stakeholders of one account on a plan. · Staff: Sets");
    }

    @Test
    void aTrackAndLevelRenderTheirPathInFilesNamedForIt() throws IOException {
        CommandResult result = Kitgen.run(cwd, "render", "customer-team", "--track", "sales", "--level", "senior",
                "--format", "md");
        assertThat(result).succeeded().errIsEmpty()
                .wrote(OUT + "guide.sales.senior.md").wrote(OUT + "packet.sales.senior.md")
                .wrote(OUT + "scorecard-discovery-role-play.sales.senior.md")
                .wrote(OUT + "scorecard-leadership-interview.sales.senior.md");
        assertThat(result.out()).doesNotContain("account-review");
        String guide = read("guide.sales.senior.md");
        assertThat(guide).startsWith("# Interviewer guide: Account Executive or Customer Success Manager — Sales roles, Senior")
                .contains("### 2. Discovery role-play", "### 3a. Written account plan", "### 4. Leadership interview")
                .doesNotContain("Account review", "Only for", "Which practice of your team", "Customer success roles")
                .contains("**Time in interviews:** 3 hours, not counting the either/or steps whose alternatives differ "
                        + "in length\n");
        assertThat(read("scorecard-recruiter-screen.sales.senior.md"))
                .contains("| ☐ 4 | Above the bar | Aligns several stakeholders of one account on a plan. |")
                .doesNotContain("Mid-level", "Staff:");
    }

    @Test
    void aLevelAloneKeepsBothTracksSideBySide() throws IOException {
        assertThat(Kitgen.run(cwd, "render", "customer-team", "--level", "mid", "--format", "md", "--doc", "guide"))
                .succeeded().wrote(OUT + "guide.mid.md");
        assertThat(read("guide.mid.md")).contains("- **Sales roles:**", "- **Customer success roles:**")
                .doesNotContain("Leadership interview")
                .contains("(*Time in interviews:* 2 h 15 min, not counting the either/or steps whose alternatives differ "
                        + "in length)");
    }

    @Test
    void anUnknownTrackOrLevelIsAUsageErrorListingTheKnownOnes() {
        assertThat(Kitgen.run(cwd, "render", "customer-team", "--track", "sale")).failedUsage().hasNoStackTrace()
                .errContains("kitgen: error: --track sale: kit 'customer-team' has no track 'sale' (did you mean "
                        + "'sales'?); its tracks are sales, customer-success");
        assertThat(Kitgen.run(cwd, "render", "customer-team", "--level", "principal")).failedUsage()
                .errContains("has no level 'principal'; its levels are mid, senior, staff");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void theSkeletonAsksForTrackAndLevelTitlesAndForEachLevelsBar() throws IOException {
        assertThat(Kitgen.run(cwd, "i18n", "skeleton", "customer-team", "--lang", "es")).succeeded();
        assertThat(Files.readString(cwd.resolve("kits/customer-team/es.yaml")))
                .contains("tracks:\n  sales:\n    # en: Sales roles\n    title: \"\"\n",
                        "levels:\n  mid:\n    # en: Mid-level\n    title: \"\"\n",
                        "      4:\n        # en: Explains a complex offer simply to one buyer.\n        mid: \"\"\n");
    }

    @Test
    void withAllAKitWithoutTheTrackIsLeftOutWithAWarning() throws IOException {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        CommandResult result = Kitgen.run(cwd, "render", "--all", "--track", "sales", "--format", "md");
        assertThat(cwd.resolve(OUT + "guide.sales.md")).isRegularFile();
        assertThat(result).succeeded()
                .errContains("kits/tiny/kit.yaml: warning: --track sales: kit 'tiny' has no tracks; leave out --track; "
                        + "it is not rendered");
        assertThat(cwd.resolve("out/tiny")).doesNotExist();
    }
}
