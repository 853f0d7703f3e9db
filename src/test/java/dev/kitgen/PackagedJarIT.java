package dev.kitgen;

import dev.kitgen.testing.Processes;
import dev.kitgen.testing.Processes.Result;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The jar and launcher as the build leaves them, run as separate processes. The unit tests run
 * kitgen's classes against the libraries' own jars; the shipped jar differs: ICU's data files
 * are left out, picocli's class files are rewritten, and the launcher starts it with a CDS
 * archive. Runs in {@code mvn verify} after {@code package} (failsafe).
 */
class PackagedJarIT {

    private static final Path TARGET = Project.path("target");
    /** What the launcher's archives are for the java the tests run: AOT caches on Java 25 and later, else CDS archives. */
    private static final String KIND = Runtime.version().feature() >= 25 ? "aot" : "jsa";
    /** The archive of runs that make a PDF. */
    private static final String ARCHIVE = "kitgen." + KIND;
    /** The archive of runs that make none, recorded without the PDF stack. */
    private static final String TEXT_ARCHIVE = "kitgen-text." + KIND;

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

    /** The four ICU data files right-to-left text needs are in the jar, and only those. */
    @Test
    void anArabicKitIsLaidOutRightToLeftFromTheJar() throws Exception {
        Path kits = Files.createDirectories(cwd.resolve("kits/tiny"));
        Files.writeString(kits.resolve("kit.yaml"), Project.read("src/test/resources/tiny/kit.yaml"));
        Files.writeString(kits.resolve("ar.yaml"), Project.read("src/test/resources/scripts/ar.yaml"));

        Result run = jar("render", "tiny", "--lang", "ar", "--doc", "guide", "--format", "html,pdf", "--out", "out");

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(Files.readString(cwd.resolve("out/tiny/ar/guide.html"))).contains("<html lang=\"ar\" dir=\"rtl\"");
        assertThat(cwd.resolve("out/tiny/ar/guide.pdf")).isNotEmptyFile();
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(TARGET.resolve("kitgen.jar").toFile())) {
            assertThat(jar.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("com/ibm/icu/impl/data/") && !n.endsWith("/")))
                    .hasSizeLessThan(6);
        }
    }

    @Test
    void aLanguageWithACatalogButNoTranslationRendersWithItsOwnPluralRules() throws Exception {
        // Polish has 'few' and 'many' forms; the kit has no Polish text, so every text falls back to English.
        Result run = jar("render", "ml-engineer", "--lang", "pl", "--doc", "guide", "--format", "md", "--stdout");

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).contains("# Przewodnik do rozmowy: Machine Learning Engineer", "45 minut");
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

    /**
     * picocli is given its commands in code (src/build/STARTUP.md, trick 15): a render reads no
     * annotation, so no annotation proxy is made, and picocli registers no converter by reflection.
     */
    @Test
    void aRenderReadsNoAnnotationAndRegistersNoConverterByReflection() throws Exception {
        Path log = cwd.resolve("classes.log");
        Result run = run(Map.of("KITGEN_JAVA_OPTS", "-Xlog:class+load:file=" + log), "sh", TARGET.resolve("kitgen").toString(),
                "render", "ml-engineer", "--lang", "es", "--doc", "guide", "--format", "md", "--out", "out");

        assertThat(run.code()).as(run.describe()).isZero();
        // "[0.087s][info][class,load] picocli.CommandLine source: shared objects file"
        List<String> loaded = Files.readAllLines(log).stream().filter(line -> line.contains(" source: "))
                .map(line -> line.substring(0, line.indexOf(" source: ")))
                .map(head -> head.substring(head.lastIndexOf(' ') + 1)).toList();
        assertThat(loaded).as("classes loaded").hasSizeGreaterThan(1000)
                .contains("picocli.CommandLine", "picocli.CommandLine$Model$OptionSpec")
                .noneMatch(name -> name.startsWith("jdk.proxy"))
                .doesNotContain("picocli.CommandLine$Command", "picocli.CommandLine$Option",
                        "picocli.CommandLine$Parameters", "picocli.CommandLine$Mixin",
                        "picocli.CommandLine$BuiltIn$ReflectionConverter", "java.sql.DriverManager");
    }

    @Test
    void theJarNamesItsVersionAndTheCommitItWasBuiltFrom() {
        Result git = Processes.run(cwd, List.of("git", "--git-dir=" + Project.path(".git"), "rev-parse", "--verify", "HEAD"));
        String commit = git.code() == 0 ? git.out().substring(0, 7) : "unknown";
        String version = Project.read("pom.xml").replaceFirst("(?s).*?<artifactId>kitgen</artifactId>\\s*<version>([^<]+)</version>.*", "$1");

        assertThat(jar("--version").out()).isEqualTo("kitgen " + version + " (" + commit + ")\n");
        assertThat(launcher("render", "--version").out()).isEqualTo("kitgen " + version + " (" + commit + ")\n");
    }

    @Test
    void theLauncherRunsThroughSymbolicLinksFromAnyFolder() throws Exception {
        FileTime recorded = Files.getLastModifiedTime(TARGET.resolve(ARCHIVE));
        FileTime recordedText = Files.getLastModifiedTime(TARGET.resolve(TEXT_ARCHIVE));
        // ~/bin/kitgen -> "../some links/kitgen" -> target/kitgen, and a folder linked to target/.
        Path bin = Files.createDirectories(cwd.resolve("bin"));
        Files.createSymbolicLink(Files.createDirectories(cwd.resolve("some links")).resolve("kitgen"), TARGET.resolve("kitgen"));
        Files.createSymbolicLink(bin.resolve("kitgen"), Path.of("../some links/kitgen"));
        Files.createSymbolicLink(cwd.resolve("build"), TARGET);
        Path elsewhere = Files.createDirectories(cwd.resolve("elsewhere"));

        Result byName = Processes.run(elsewhere, env -> {
            env.put("JAVA", Processes.java());
            env.put("PATH", bin + ":" + env.get("PATH"));
        }, List.of("sh", "-c", "kitgen render ml-engineer --lang es --doc guide --format md --stdout"));
        Result byRelativePath = Processes.run(elsewhere, env -> env.put("JAVA", Processes.java()),
                List.of("sh", "../bin/kitgen", "list"));
        Result throughLinkedFolder = Processes.run(elsewhere, env -> env.put("JAVA", Processes.java()),
                List.of(cwd.resolve("build/kitgen").toString(), "list"));

        assertThat(byName.code()).as(byName.describe()).isZero();
        assertThat(byName.out()).startsWith("# Guía para entrevistar: Machine Learning Engineer\n");
        assertThat(byName.err()).isEmpty();
        for (Result run : List.of(byRelativePath, throughLinkedFolder)) {
            assertThat(run.code()).as(run.describe()).isZero();
            assertThat(run.out()).contains("ml-engineer");
            assertThat(run.err()).isEmpty();
        }
        assertThat(Files.getLastModifiedTime(TARGET.resolve(TEXT_ARCHIVE)))
                .as("the build's archive without PDF served every run; none was recorded anew").isEqualTo(recordedText);
        assertThat(Files.getLastModifiedTime(TARGET.resolve(ARCHIVE))).as("the build's PDF archive was left alone")
                .isEqualTo(recorded);
        assertThat(names(elsewhere)).as("nothing written in the working folder").isEmpty();
    }

    @Test
    void aLauncherInstalledWithoutTheBuildRecordsEachOfItsArchivesBesideTheJarOnce() throws Exception {
        Path install = install("kitgen 0.1");

        // Only a render records: an archive of `list` would serve every later render with a fraction of its classes.
        Result list = run(Map.of(), "sh", install.resolve("kitgen").toString(), "list");
        assertThat(list.code()).as(list.describe()).isZero();
        assertThat(list.err()).isEmpty();
        assertThat(names(install)).containsExactlyInAnyOrder("kitgen", "kitgen.jar");

        String[] md = {"sh", install.resolve("kitgen").toString(),
                "render", "ml-engineer", "--lang", "es", "--doc", "guide", "--format", "md", "--stdout"};
        Result first = run(Map.of(), md);
        assertThat(first.code()).as(first.describe()).isZero();
        assertThat(first.out()).startsWith("# Guía para entrevistar: Machine Learning Engineer\n");
        assertThat(first.err()).isEmpty();
        assertThat(names(install)).containsExactlyInAnyOrder("kitgen", "kitgen.jar", TEXT_ARCHIVE, TEXT_ARCHIVE + ".path");
        assertThat(Files.readAllLines(install.resolve(TEXT_ARCHIVE + ".path")).subList(0, 2))
                .containsExactly(install.toRealPath().resolve("kitgen.jar").toString(), Processes.java());
        FileTime recorded = Files.getLastModifiedTime(install.resolve(TEXT_ARCHIVE));

        Result second = run(Map.of(), md);
        assertThat(second.code()).as(second.describe()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
        assertThat(Files.getLastModifiedTime(install.resolve(TEXT_ARCHIVE))).as("the archive of the first render served")
                .isEqualTo(recorded);
        assertThat(names(install)).containsExactlyInAnyOrder("kitgen", "kitgen.jar", TEXT_ARCHIVE, TEXT_ARCHIVE + ".path");

        // A run that makes a PDF records the other archive, and leaves the first as it was.
        Result pdf = run(Map.of(), "sh", install.resolve("kitgen").toString(),
                "render", "ml-engineer", "--lang", "es", "--doc", "guide", "--format", "pdf", "--out", "out");
        assertThat(pdf.code()).as(pdf.describe()).isZero();
        assertThat(pdf.err()).isEmpty();
        assertThat(names(install)).containsExactlyInAnyOrder("kitgen", "kitgen.jar", TEXT_ARCHIVE, TEXT_ARCHIVE + ".path",
                ARCHIVE, ARCHIVE + ".path");
        assertThat(Files.getLastModifiedTime(install.resolve(TEXT_ARCHIVE))).isEqualTo(recorded);
    }

    @Test
    void aReadOnlyInstallFolderRunsWithoutAnArchiveAndSaysNothing() throws Exception {
        Path install = install("kitgen");
        List<String> kitgen = List.of("sh", install.resolve("kitgen").toString(),
                "render", "ml-engineer", "--lang", "es", "--doc", "guide", "--format", "md", "--stdout");
        Set<PosixFilePermission> writable = Files.getPosixFilePermissions(install);
        Files.setPosixFilePermissions(install, PosixFilePermissions.fromString("r-xr-xr-x"));
        Result run;
        try {
            if (!Files.isWritable(install)) {
                run = run(Map.of(), kitgen.toArray(String[]::new));
            } else {
                // Root writes whatever the permissions say: the folder is made read-only by a mount.
                String readOnly = "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\"";
                Result probe = Processes.run(cwd, List.of("unshare", "-m", "sh", "-c", readOnly, "sh", install.toString()));
                assumeTrue(probe.code() == 0, "a read-only folder needs another user than root, or unshare and mount: " + probe.err());
                List<String> command = new ArrayList<>(List.of("unshare", "-m", "sh", "-c", readOnly + " && shift && exec \"$@\"",
                        "sh", install.toString()));
                command.addAll(kitgen);
                run = run(Map.of(), command.toArray(String[]::new));
            }
        } finally {
            Files.setPosixFilePermissions(install, writable);
        }

        assertThat(run.code()).as(run.describe()).isZero();
        assertThat(run.out()).startsWith("# Guía para entrevistar: Machine Learning Engineer\n");
        assertThat(run.err()).isEmpty();
        assertThat(names(install)).containsExactlyInAnyOrder("kitgen", "kitgen.jar");
    }

    @Test
    void theLauncherSaysWhatIsMissing() throws Exception {
        Path install = install("kitgen");
        Files.delete(install.resolve("kitgen.jar"));
        Result noJar = run(Map.of(), "sh", install.resolve("kitgen").toString(), "list");
        Result noJava = run(Map.of("JAVA", "no-such-java"), "sh", TARGET.resolve("kitgen").toString(), "list");

        assertThat(noJar.code()).isEqualTo(2);
        assertThat(noJar.err()).isEqualTo("kitgen: error: " + install.toRealPath().resolve("kitgen.jar")
                + " is missing; the launcher runs the kitgen.jar beside it\n");
        assertThat(noJava.code()).isEqualTo(2);
        assertThat(noJava.err()).isEqualTo("kitgen: error: no java to run kitgen ('no-such-java' is not a command); "
                + "install Java 17 or later, or set JAVA_HOME\n");
    }

    @Test
    void theWindowsLauncherRunsTheJarBesideItWithTheOptionsOfThePosixOne() throws Exception {
        byte[] bytes = Files.readAllBytes(TARGET.resolve("kitgen.cmd"));
        assertThat(bytes).as("copied byte for byte").isEqualTo(Files.readAllBytes(Project.path("src/main/cmd/kitgen.cmd")));
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(text).as("ASCII only").isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).as("every line ends in CRLF").doesNotContain("\r", "\n");

        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("@echo off");
        assertThat(lines).contains("set \"kitgen_heap=-Xms128m\"", "exit /b %ERRORLEVEL%");
        List<String> javaLines = lines.stream().filter(line -> line.startsWith("\"%kitgen_java%\" ")).toList();
        assertThat(javaLines).hasSize(1);
        assertThat(javaLines.get(0)).endsWith(" %KITGEN_JAVA_OPTS% -jar \"%~dp0kitgen.jar\" %*");

        // The same options in the same order as the POSIX launcher's, less the terminal test
        // (which cmd.exe cannot make) and the class-data archive.
        Matcher posix = Pattern.compile("(?m)^opts=\"([^\"]*)\"$").matcher(Files.readString(TARGET.resolve("kitgen")));
        assertThat(posix.find()).as("the POSIX launcher's opts= line").isTrue();
        List<String> expected = Stream.of(posix.group(1).split(" "))
                .filter(option -> !option.startsWith("-Dkitgen.stderr.terminal="))
                .map(option -> option.replace("$heap", "%kitgen_heap%").replace("${KITGEN_JAVA_OPTS:-}", "%KITGEN_JAVA_OPTS%"))
                .toList();
        List<String> actual = List.of(javaLines.get(0).split(" "));
        assertThat(expected).contains("-XX:TieredStopAtLevel=1", "%kitgen_heap%", "%KITGEN_JAVA_OPTS%");
        assertThat(actual.subList(1, actual.size() - 3)).isEqualTo(expected);
    }

    /** A folder with the launcher and the jar and nothing else, as a user who downloads them has. */
    private Path install(String name) throws Exception {
        Path install = Files.createDirectories(cwd.resolve(name));
        Files.copy(TARGET.resolve("kitgen"), install.resolve("kitgen"));
        Files.copy(TARGET.resolve("kitgen.jar"), install.resolve("kitgen.jar"));
        return install;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
