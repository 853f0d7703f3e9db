package dev.kitgen;

import dev.kitgen.testing.Processes;
import dev.kitgen.testing.Processes.Result;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The POSIX launcher's choices (src/main/sh/kitgen): which archive a run starts from and which
 * runs record one. It runs here against a java of its own that logs its arguments and writes the
 * files the real JVM would, so that each case takes milliseconds; PackagedJarIT runs the real one.
 */
class LauncherTest {

    @TempDir
    Path root;
    private Path install;
    private Path log;

    @BeforeEach
    void install() throws Exception {
        install = Files.createDirectories(root.resolve("install"));
        Files.copy(Project.path("src/main/sh/kitgen"), install.resolve("kitgen"));
        Files.writeString(install.resolve("kitgen.jar"), "");
        // An archive must be newer than the jar to serve it.
        Files.setLastModifiedTime(install.resolve("kitgen.jar"), FileTime.from(Instant.now().minusSeconds(3600)));
        log = root.resolve("java.log");
        jdk("jdk-17", "17.0.15+6");
        jdk("jdk-25", "25.0.1+8");
    }

    /** A JDK folder whose java logs each call's arguments on a line and writes the archive it is asked for. */
    private void jdk(String name, String version) throws Exception {
        Path bin = Files.createDirectories(root.resolve(name).resolve("bin"));
        Files.writeString(root.resolve(name).resolve("release"), "JAVA_RUNTIME_VERSION=\"" + version + "\"\n");
        Files.writeString(bin.resolve("java"), """
                #!/bin/sh
                printf '%s ' "$@" >> "$FAKE_LOG"; echo >> "$FAKE_LOG"
                create=false
                for arg do
                  case $arg in
                    -XX:ArchiveClassesAtExit=* | -XX:AOTConfiguration=*) file=${arg#*=} ;;
                    -XX:AOTCache=*) cache=${arg#*=} ;;
                    -XX:AOTMode=create) create=true ;;
                  esac
                done
                if [ "$create" = true ]; then echo cache > "$cache"; exit 0; fi
                [ -n "${file:-}" ] && echo recorded > "$file"
                exit "${FAKE_EXIT:-0}"
                """);
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Result launch(String jdk, int exit, String arguments) throws Exception {
        Files.deleteIfExists(log);
        List<String> command = new ArrayList<>(List.of("sh", install.resolve("kitgen").toString()));
        command.addAll(List.of(arguments.split(" ")));
        return Processes.run(root, env -> {
            env.put("JAVA", root.resolve(jdk).resolve("bin/java").toString());
            env.put("FAKE_LOG", log.toString());
            env.put("FAKE_EXIT", Integer.toString(exit));
        }, command);
    }

    private Result launch(String arguments) throws Exception {
        return launch("jdk-17", 0, arguments);
    }

    /** The arguments of each call of java, one list per call. */
    private List<List<String>> calls() throws Exception {
        return Files.readAllLines(log).stream().map(line -> List.of(line.strip().split(" "))).toList();
    }

    /** The archive option of the one call of java, with the install folder left out ("" for none). */
    private String archiveOption() throws Exception {
        assertThat(calls()).hasSize(1);
        String folder = install.toRealPath() + "/";
        return calls().get(0).stream().filter(arg -> arg.startsWith("-XX:SharedArchiveFile=")
                        || arg.startsWith("-XX:ArchiveClassesAtExit=") || arg.startsWith("-XX:AOTCache="))
                .map(arg -> arg.replace(folder, "").replaceFirst("\\.\\d+$", ".PID"))
                .findFirst().orElse("");
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(install)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "kitgen {0} records {1}")
    @CsvSource(delimiter = '|', textBlock = """
            render ml-engineer                           | kitgen-text.jsa
            render ml-engineer -f md,html                | kitgen-text.jsa
            render ml-engineer -f PDF                    | kitgen.jsa
            render ml-engineer -fmd,pdf                  | kitgen.jsa
            render ml-engineer --format=pdf              | kitgen.jsa
            render ml-engineer --format md,html,pdf      | kitgen.jsa
            render --all                                 | kitgen.jsa
            render --all -f md,html                      | kitgen-text.jsa
            render --all --format=html                   | kitgen-text.jsa
            render pdf-team --out pdfs --lang es         | kitgen-text.jsa
            render ml-engineer -lfr -dguide -o pdfs      | kitgen-text.jsa
            render -- -f pdf                             | kitgen-text.jsa
            """)
    void aRenderRecordsTheArchiveOfTheFormatsItMakes(String arguments, String archive) throws Exception {
        Result run = launch(arguments);

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(archiveOption()).isEqualTo("-XX:ArchiveClassesAtExit=" + archive + ".PID");
        assertThat(names()).containsExactly(Stream.of("kitgen", "kitgen.jar", archive, archive + ".path").sorted()
                .toArray(String[]::new));
        assertThat(Files.readAllLines(install.resolve(archive + ".path"))).containsExactly(
                install.toRealPath().resolve("kitgen.jar").toString(), root.resolve("jdk-17/bin/java").toString(), "17.0.15+6");

        launch(arguments);
        assertThat(archiveOption()).as("the recorded archive serves the next run").isEqualTo("-XX:SharedArchiveFile=" + archive);
    }

    @ParameterizedTest(name = "kitgen {0} records nothing")
    @CsvSource(textBlock = """
            list
            --version
            validate ml-engineer
            render --help
            render ml-engineer -h
            render ml-engineer -qh
            render ml-engineer -qfpdf
            """)
    void onlyARenderThatDoesItsWorkRecords(String arguments) throws Exception {
        Result run = launch(arguments);

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(archiveOption()).isEmpty();
        assertThat(names()).containsExactly("kitgen", "kitgen.jar");
    }

    @Test
    void aRenderThatFailsRecordsNothingAndKeepsItsExitCode() throws Exception {
        Result run = launch("jdk-17", 2, "render ml-enginer");

        assertThat(run.code()).isEqualTo(2);
        assertThat(archiveOption()).isEqualTo("-XX:ArchiveClassesAtExit=kitgen-text.jsa.PID");
        assertThat(names()).as("no archive, and no file the recording left").containsExactly("kitgen", "kitgen.jar");
    }

    @Test
    void aWatchStoppedWithControlCKeepsItsArchive() throws Exception {
        Result run = launch("jdk-17", 130, "render ml-engineer --watch");

        assertThat(run.code()).isEqualTo(130);
        assertThat(names()).containsExactly("kitgen", "kitgen-text.jsa", "kitgen-text.jsa.path", "kitgen.jar");
    }

    @Test
    void aRunThatRecordsNoArchiveStartsFromTheOtherOneWhenItIsCurrent() throws Exception {
        launch("render ml-engineer -f pdf");

        launch("list");
        assertThat(archiveOption()).isEqualTo("-XX:SharedArchiveFile=kitgen.jsa");
        launch("render ml-engineer -qh");
        assertThat(archiveOption()).isEqualTo("-XX:SharedArchiveFile=kitgen.jsa");
        launch("render ml-engineer -f md");
        assertThat(archiveOption()).as("a render records its own kind").isEqualTo("-XX:ArchiveClassesAtExit=kitgen-text.jsa.PID");
        launch("list");
        assertThat(archiveOption()).isEqualTo("-XX:SharedArchiveFile=kitgen-text.jsa");
    }

    @Test
    void anArchiveOfAnotherJavaIsRecordedAnew() throws Exception {
        launch("render ml-engineer");
        Files.writeString(install.resolve("kitgen-text.jsa.path"), install.toRealPath().resolve("kitgen.jar") + "\n"
                + root.resolve("jdk-17/bin/java") + "\n17.0.14+7\n");

        launch("render ml-engineer");
        assertThat(archiveOption()).isEqualTo("-XX:ArchiveClassesAtExit=kitgen-text.jsa.PID");
        assertThat(Files.readAllLines(install.resolve("kitgen-text.jsa.path"))).last().isEqualTo("17.0.15+6");
    }

    @Test
    void onJava25ARenderRecordsAnAotCacheInTwoSteps() throws Exception {
        Result run = launch("jdk-25", 0, "render ml-engineer -f pdf");

        assertThat(run.code()).as(run.describe()).isZero();
        List<List<String>> calls = calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).contains("-XX:AOTMode=record").anyMatch(arg -> arg.startsWith("-XX:AOTConfiguration="));
        assertThat(calls.get(1)).contains("-XX:AOTMode=create").anyMatch(arg -> arg.startsWith("-XX:AOTCache="));
        assertThat(names()).containsExactly("kitgen", "kitgen.aot", "kitgen.aot.path", "kitgen.jar");

        launch("jdk-25", 0, "render ml-engineer -f pdf");
        assertThat(archiveOption()).isEqualTo("-XX:AOTCache=kitgen.aot");
        launch("jdk-17", 0, "list");
        assertThat(archiveOption()).as("Java 17 cannot use Java 25's cache").isEmpty();
    }

    @Test
    void onJava25AFailedRenderMakesNoCache() throws Exception {
        Result run = launch("jdk-25", 1, "render ml-engineer -f pdf");

        assertThat(run.code()).isEqualTo(1);
        assertThat(calls()).as("no second JVM to make a cache of a failed run").hasSize(1);
        assertThat(names()).containsExactly("kitgen", "kitgen.jar");
    }

    @Test
    void theArgumentsReachKitgenUnchanged() throws Exception {
        launch("render ml-engineer --out pdfs -f md");

        List<String> call = calls().get(0);
        assertThat(call.subList(call.indexOf("-jar"), call.size()))
                .containsExactly("-jar", install.toRealPath().resolve("kitgen.jar").toString(), "render", "ml-engineer",
                        "--out", "pdfs", "-f", "md");
    }
}
