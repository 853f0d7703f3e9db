package dev.kitgen;

import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Processes;
import dev.kitgen.testing.Processes.Result;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar and launcher as the build leaves them, run as separate processes. The unit tests run
 * kitgen's classes against the libraries' own jars; the shipped jar differs: ICU's data files
 * are left out, picocli's class files are rewritten, and the launcher starts it with a CDS
 * archive. Runs in {@code mvn verify} after {@code package} (failsafe).
 */
class PackagedJarIT {

    private static final Path TARGET = Project.path("target");

    @TempDir
    Path cwd;

    /** Runs a command in {@code cwd} with {@code JAVA} naming the java that built the jar, whose CDS archive the build recorded. */
    private Result run(Map<String, String> env, String... command) {
        return Processes.run(cwd, e -> {
            e.put("JAVA", Processes.java());
            e.putAll(env);
        }, List.of(command));
    }

    private Result jar(String... args) {
        List<String> command = new ArrayList<>(List.of(Processes.java(), "-jar", TARGET.resolve("kitgen.jar").toString()));
        command.addAll(List.of(args));
        return run(Map.of(), command.toArray(String[]::new));
    }

    private Result launcher(String... args) {
        List<String> command = new ArrayList<>(List.of("sh", TARGET.resolve("kitgen").toString()));
        command.addAll(List.of(args));
        return run(Map.of(), command.toArray(String[]::new));
    }

    @Test
    void rendersEveryDocumentInEveryFormatAndLanguage() throws Exception {
        Result run = jar("render", "ml-engineer", "--format", "md,html,pdf", "--out", "out");

        assertThat(run.code()).as(run.describe()).isZero();
        for (String lang : List.of("en", "es")) {
            for (String file : List.of("guide.md", "guide.html", "guide.pdf", "packet.pdf", "scorecard-system-design.pdf")) {
                assertThat(cwd.resolve("out/ml-engineer/" + lang + "/" + file)).isNotEmptyFile();
            }
        }
        assertThat(Files.readString(cwd.resolve("out/ml-engineer/es/guide.md"))).contains("1 hora", "45 minutos");
    }

    @Test
    void theLauncherPrintsOnlyTheDocumentOnStdout() throws Exception {
        Result run = launcher("render", "ml-engineer", "--lang", "es", "--doc", "guide", "--format", "md", "--stdout");

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).startsWith("# Guía para entrevistar: Machine Learning Engineer\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aLanguageWithoutACatalogGetsItsOwnPluralRules() throws Exception {
        // Polish has a 'few' form; the kit has no Polish text, so every text falls back to English.
        Path kits = Files.createDirectories(cwd.resolve("kits"));
        Folders.copy(Project.path("kits/ml-engineer"), kits.resolve("ml-engineer"));
        Files.writeString(kits.resolve("ml-engineer/pl.yaml"), "kit: 1\nlang: pl\n");

        Result run = jar("render", "ml-engineer", "--lang", "pl", "--doc", "guide", "--format", "md", "--stdout");

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).contains("# Interviewer guide: Machine Learning Engineer", "45 minutes");
    }

    @Test
    void everyOtherCommandRuns() throws Exception {
        assertThat(jar("--help").out()).contains("render", "validate", "Exit codes:");
        assertThat(jar("validate").code()).isZero();
        assertThat(jar("list").out()).contains("ml-engineer");
        assertThat(jar("schema").out()).contains("\"$schema\"");
        assertThat(jar("i18n", "status").code()).isZero();
        assertThat(jar("completion", "bash").out()).contains("render");
        assertThat(jar("new", "data-engineer").code()).isZero();
        assertThat(cwd.resolve("kits/data-engineer/kit.yaml")).isNotEmptyFile();
        Result unknown = jar("list", "extra");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument: 'extra'");
    }

    @Test
    void theJarNamesItsVersionAndTheCommitItWasBuiltFrom() {
        Result git = Processes.run(cwd, List.of("git", "--git-dir=" + Project.path(".git"), "rev-parse", "--verify", "HEAD"));
        String commit = git.code() == 0 ? git.out().substring(0, 7) : "unknown";
        String version = Project.read("pom.xml").replaceFirst("(?s).*?<artifactId>kitgen</artifactId>\\s*<version>([^<]+)</version>.*", "$1");

        assertThat(jar("--version").out()).isEqualTo("kitgen " + version + " (" + commit + ")\n");
        assertThat(launcher("render", "--version").out()).isEqualTo("kitgen " + version + " (" + commit + ")\n");
    }
}
