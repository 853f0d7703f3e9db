package dev.kitgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Processes;
import dev.kitgen.testing.Processes.Result;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reusable GitHub Action (.github/actions/kitgen) for repositories that keep kits of their
 * own. GitHub is not needed to test it: action.yml only hands its inputs to run.sh, which runs
 * here against a temporary kits repository (made with git) and the jar the build just made.
 */
class ReusableActionIT {

    private static final Path ACTION = Project.path(".github/actions/kitgen");
    private static final Path JAR = Project.path("target/kitgen.jar");
    /** The date of the kits repository's commit: 2023-11-14T22:13:20Z. */
    private static final String COMMIT_DATE = "1700000000";

    @TempDir
    Path repo;

    @TempDir
    Path scratch;

    @BeforeEach
    void aKitsRepository() {
        KitFixtures.copyShipped(repo);
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "Kits");
    }

    @Test
    void rendersTheKitsOfARepositoryAsTheInputsSay() throws Exception {
        Files.createDirectories(repo.resolve("brand"));
        Files.writeString(repo.resolve("brand/guide.md.mustache"), "Our own guide: {{doc.title}}\n");

        Result run = action(Map.of("KITGEN_JAR", JAR.toString(), "KITGEN_TEMPLATES", "brand", "KITGEN_LANGUAGES", "es",
                "KITGEN_DOCUMENTS", "guide", "KITGEN_FORMATS", "md,pdf", "KITGEN_OUT", "site"));

        assertThat(run.code()).as(run.describe()).isZero();
        Path es = repo.resolve("site/ml-engineer/es");
        assertThat(Files.readString(es.resolve("guide.md"))).isEqualTo("Our own guide: Guía para entrevistar: Machine Learning Engineer\n");
        assertThat(new String(Files.readAllBytes(es.resolve("guide.pdf")), StandardCharsets.ISO_8859_1))
                .as("the PDF is dated by the last commit").contains("2023-11-14T22:13:20+00:00");
        assertThat(files(repo.resolve("site"))).containsExactlyInAnyOrder("ml-engineer/es/guide.md", "ml-engineer/es/guide.pdf");
        assertThat(Files.readString(scratch.resolve("github-output"))).isEqualTo("out=site\n");
        assertThat(run.out()).startsWith("kitgen ");
        assertThat(javaRuns()).containsExactly(
                "-jar " + JAR + " --version",
                "-jar " + JAR + " validate --kits kits --templates brand --output github",
                "-jar " + JAR + " render --all --kits kits --templates brand --doc guide --format md,pdf --out site --lang es");
    }

    @Test
    void aBrokenKitFailsTheStepAndTheOtherKitsAreRenderedAllTheSame() throws Exception {
        KitFixtures.write(repo, "broken", "kit.yaml", "kit: 1\nid: broken\n");

        Result run = action(Map.of("KITGEN_JAR", JAR.toString(), "KITGEN_FORMATS", "md", "KITGEN_STRICT", "true"));

        assertThat(run.code()).as(run.describe()).isEqualTo(1);
        assertThat(repo.resolve("out/ml-engineer/en/guide.md")).isNotEmptyFile();
        assertThat(repo.resolve("out/ml-engineer/es/packet.md")).isNotEmptyFile();
        assertThat(repo.resolve("out/broken")).doesNotExist();
        assertThat(run.out() + run.err()).contains("kits/broken/kit.yaml");
        assertThat(run.err()).contains("kitgen action: the kits have problems", "kitgen action: some documents were not written")
                .doesNotContain("Exception");
        assertThat(javaRuns()).contains("-jar " + JAR + " validate --kits kits --output github --strict");
    }

    @Test
    void problemsAreAnnotationsOnTheirFiles() throws Exception {
        KitFixtures.write(repo, "broken", "kit.yaml", "kit: 1\nid: broken\n");

        Result run = Processes.run(repo, env -> environment(env, Processes.java(), Map.of("KITGEN_JAR", JAR.toString(),
                "KITGEN_FORMATS", "md")), List.of("bash", ACTION.resolve("run.sh").toString()));

        assertThat(run.code()).as(run.describe()).isEqualTo(1);
        // The runner reads workflow commands from stdout and from stderr.
        assertThat((run.out() + run.err()).lines().filter(line -> line.startsWith("::error ")))
                .isNotEmpty().allMatch(line -> line.contains("kits/broken/kit.yaml"));
    }

    @Test
    void downloadsTheReleaseItIsGivenAndChecksItAgainstTheReleaseChecksums() throws Exception {
        Path release = Files.createDirectories(scratch.resolve("server/acme/kitgen/releases/download/v0.1.0"));
        Files.copy(JAR, release.resolve("kitgen-0.1.0.jar"));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(JAR)));
        Files.writeString(release.resolve("SHA256SUMS"), "0000  kitgen\n" + sha256 + "  kitgen-0.1.0.jar\n");
        Map<String, String> inputs = Map.of("KITGEN_VERSION", "0.1.0", "KITGEN_REPOSITORY", "acme/kitgen", "KITGEN_FORMATS", "md");

        Result run = action(inputs);

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(repo.resolve("out/ml-engineer/es/guide.md")).isNotEmptyFile();
        assertThat(javaRuns()).allMatch(line -> line.startsWith("-jar " + scratch.resolve("runner")))
                .allMatch(line -> line.contains("/kitgen-0.1.0.jar "));

        Files.writeString(release.resolve("SHA256SUMS"), sha256.replace(sha256.charAt(0), sha256.charAt(0) == 'a' ? 'b' : 'a')
                + "  kitgen-0.1.0.jar\n");
        Result tampered = action(with(inputs, "KITGEN_OUT", "tampered"));
        Result missing = action(with(inputs, "KITGEN_VERSION", "9.9.9"));

        assertThat(tampered.code()).isEqualTo(2);
        assertThat(tampered.err()).contains("kitgen action: error: kitgen-0.1.0.jar does not match the SHA256SUMS of the release");
        assertThat(repo.resolve("tampered")).doesNotExist();
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("kitgen action: error: cannot download " + "file://" + scratch.resolve("server")
                + "/acme/kitgen/releases/download/v9.9.9/kitgen-9.9.9.jar: is 9.9.9 a release of acme/kitgen?");
    }

    @Test
    void wrongInputsAreNamedAndNothingIsRun() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("KITGEN_STRICT=yes", "strict must be true or false, not 'yes'");
        expected.put("KITGEN_JAR=no.jar", "jar: no such file: no.jar");
        expected.put("KITGEN_REPOSITORY=acme/kitgen", "set the 'version' input to the kitgen release to use");
        expected.put("KITGEN_VERSION=0.1.0", "set the 'repository' input to the GitHub repository of kitgen's releases");
        expected.put("KITGEN_VERSION=../../x", "version must be a kitgen release such as 0.1.0, not '../../x'");
        for (Map.Entry<String, String> input : expected.entrySet()) {
            String[] nameValue = input.getKey().split("=", 2);
            Result run = action(Map.of(nameValue[0], nameValue[1]));

            assertThat(run.code()).as(input.getKey()).isEqualTo(2);
            assertThat(run.err()).as(input.getKey()).startsWith("kitgen action: error: " + input.getValue());
        }
        assertThat(javaRuns()).isEmpty();
        assertThat(repo.resolve("out")).doesNotExist();
    }

    @Test
    void theActionHandsEachInputToTheScriptAndTheReadmeUsesOnlyItsInputs() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode action = yaml.readTree(ACTION.resolve("action.yml").toFile());
        Set<String> inputs = new TreeSet<>();
        action.get("inputs").fieldNames().forEachRemaining(inputs::add);
        JsonNode step = action.at("/runs/steps/1");
        assertThat(step.get("run").asText()).isEqualTo("bash \"$GITHUB_ACTION_PATH/run.sh\"");

        Map<String, String> env = new LinkedHashMap<>();
        step.get("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        Map<String, String> expected = new LinkedHashMap<>();
        for (String input : inputs) {
            if (!input.equals("java-version")) {
                expected.put("KITGEN_" + input.toUpperCase().replace('-', '_'), "${{ inputs." + input + " }}");
            }
        }
        assertThat(env).isEqualTo(expected);
        assertThat(action.at("/runs/steps/0/with/java-version").asText()).isEqualTo("${{ inputs.java-version }}");

        // The script documents and reads exactly these variables (and KITGEN_JAVA_OPTS, as the launcher does).
        Set<String> read = new TreeSet<>();
        Matcher variable = Pattern.compile("\\$\\{?(KITGEN_[A-Z_]+)").matcher(Files.readString(ACTION.resolve("run.sh")));
        while (variable.find()) read.add(variable.group(1));
        read.remove("KITGEN_JAVA_OPTS");
        assertThat(read).isEqualTo(expected.keySet());

        // The default release is this version, so that the action at a release's tag gets that release.
        assertThat(action.at("/inputs/version/default").asText()).isEqualTo(Version.get());

        // The README's workflow for a kits repository passes only inputs the action has.
        Matcher block = Pattern.compile("(?s)```yaml\n(# \\.github/workflows/kits\\.yml in your kits repository\n.*?)```")
                .matcher(Project.read("README.md"));
        assertThat(block.find()).as("the README's workflow for a kits repository").isTrue();
        JsonNode workflow = yaml.readTree(block.group(1));
        List<JsonNode> uses = new ArrayList<>();
        workflow.at("/jobs").forEach(job -> job.get("steps").forEach(s -> {
            if (s.path("uses").asText().contains("/.github/actions/kitgen@")) uses.add(s);
        }));
        assertThat(uses).hasSize(1);
        Set<String> passed = new TreeSet<>();
        uses.get(0).get("with").fieldNames().forEachRemaining(passed::add);
        assertThat(inputs).containsAll(passed);
        assertThat(passed).contains("repository", "version");
        assertThat(uses.get(0).at("/with/version").asText()).isEqualTo(Version.get());
    }

    /** Runs the action's script in the kits repository, as its step does, with these inputs. */
    private Result action(Map<String, String> inputs) throws Exception {
        Path spy = scratch.resolve("java");
        if (!Files.exists(spy)) {
            Files.writeString(spy, String.join("\n",
                    "#!/bin/sh",
                    "# Stands in for java: notes each command line, then runs the real java.",
                    "printf '%s\\n' \"$*\" >> \"$SPY_LOG\"",
                    "exec \"$SPY_JAVA\" \"$@\"",
                    ""));
            spy.toFile().setExecutable(true);
        }
        return Processes.run(repo, env -> {
            environment(env, spy.toString(), inputs);
            env.put("SPY_LOG", scratch.resolve("java-runs").toString());
            env.put("SPY_JAVA", Processes.java());
        }, List.of("bash", ACTION.resolve("run.sh").toString()));
    }

    /** The environment of a GitHub step, as far as the script reads it, with these inputs. */
    private void environment(Map<String, String> env, String java, Map<String, String> inputs) {
        env.keySet().removeIf(name -> name.startsWith("KITGEN_") || name.startsWith("GITHUB_") || name.startsWith("RUNNER_")
                || name.equals("SOURCE_DATE_EPOCH") || name.equals("JAVA_HOME"));
        env.put("JAVA", java);
        env.put("GITHUB_OUTPUT", scratch.resolve("github-output").toString());
        env.put("GITHUB_SERVER_URL", "file://" + scratch.resolve("server"));
        env.put("RUNNER_TEMP", scratch.resolve("runner").toString());
        env.putAll(inputs);
    }

    /** The command lines the script ran java with, without the java. */
    private List<String> javaRuns() throws Exception {
        Path log = scratch.resolve("java-runs");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private void git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Kits", "-c", "user.email=kits@example.invalid",
                "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Result run = Processes.run(repo, env -> {
            env.put("GIT_CONFIG_GLOBAL", "/dev/null");
            env.put("GIT_CONFIG_NOSYSTEM", "1");
            env.put("GIT_AUTHOR_DATE", "@" + COMMIT_DATE + " +0000");
            env.put("GIT_COMMITTER_DATE", "@" + COMMIT_DATE + " +0000");
        }, command);
        assertThat(run.code()).as(run.describe()).isZero();
    }

    private static Map<String, String> with(Map<String, String> map, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.put(name, value);
        return copy;
    }

    private static List<String> files(Path folder) throws Exception {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString()).toList();
        }
    }
}
