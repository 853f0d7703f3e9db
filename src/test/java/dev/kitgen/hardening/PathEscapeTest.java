package dev.kitgen.hardening;

import dev.kitgen.diagnostics.UserText;
import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Folders;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Role ids, languages, links and output folders that try to make kitgen read or write outside
 * the kits, templates and out folders. The working folder holds a {@code secret} folder beside
 * them: nothing in it may be read into a document, and nothing may appear in it.
 */
class PathEscapeTest {

    @TempDir
    Path root;

    Path cwd;
    Path secret;

    @BeforeEach
    void layOut() throws IOException {
        cwd = Files.createDirectories(root.resolve("work"));
        secret = Files.createDirectories(root.resolve("secret"));
        KitFixtures.copyShipped(cwd);
        Files.writeString(secret.resolve("kit.yaml"), KitFixtures.shippedAs("stolen").replace("Machine Learning Engineer", "SECRET-ROLE"));
        Files.writeString(secret.resolve("es.yaml"), KitFixtures.shippedTranslation().replace("role: ", "role: SECRET "));
        Files.writeString(secret.resolve("guide.md.mustache"), "SECRET-TEMPLATE {{doc.title}}\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc", "..", "../secret", "/etc", "/etc/passwd", "ml-engineer/../../secret",
            "ML-Engineer", "ml_engineer", "ml-engineer/", "C:\\Windows", "%2e%2e", "ml-engineer\u0000"})
    void aRoleIdThatIsNotAPlainIdIsAUsageError(String role) {
        for (String command : List.of("render", "validate")) {
            CommandResult result = Kitgen.run(cwd, command, role);

            assertThat(result).failedUsage().hasNoStackTrace().errContains("is not a role id");
        }
        assertNothingEscaped();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../../tmp/evil", "es-../../../../secret", "es/../..", "/etc", "es-MX/x", "es\u0000"})
    void aLanguageThatIsNotATagIsAUsageError(String lang) {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", lang);

        assertThat(result).failedUsage().hasNoStackTrace().errContains("is not a language tag");
        assertThat(cwd.resolve("out")).doesNotExist();
        assertNothingEscaped();
    }

    @Test
    void aKitFileLinkedFromOutsideIsNotRead() throws IOException {
        Path role = Files.createDirectories(cwd.resolve("kits/stolen"));
        Files.createSymbolicLink(role.resolve("kit.yaml"), secret.resolve("kit.yaml"));

        for (String command : List.of("render", "validate")) {
            CommandResult result = Kitgen.run(cwd, command, "stolen");

            assertThat(result).failedValidation().hasNoStackTrace()
                    .errContains("kits/stolen/kit.yaml: error: not read: the file leads outside kits through a symbolic link");
            assertThat(result.out() + result.err()).doesNotContain("SECRET");
        }
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void aRoleFolderLinkedFromOutsideIsNotRead() throws IOException {
        Files.createSymbolicLink(cwd.resolve("kits/stolen"), secret);

        CommandResult result = Kitgen.run(cwd, "render", "--all");

        // --all still writes the good kits; the linked one is reported and nothing of it is written.
        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("kits/stolen/kit.yaml: error: not read: the file leads outside kits");
        assertThat(result.out() + result.err()).doesNotContain("SECRET");
        assertThat(cwd.resolve("out/stolen")).doesNotExist();
        assertNothingEscaped();
    }

    @Test
    void aTranslationLinkedFromOutsideIsNotRead() throws IOException {
        Path es = cwd.resolve("kits/ml-engineer/es.yaml");
        Files.delete(es);
        Files.createSymbolicLink(es, secret.resolve("es.yaml"));

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("kits/ml-engineer/es.yaml: error: not read: the file leads outside kits");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void aTemplateLinkedFromOutsideIsNotReadNorSilentlyReplaced() throws IOException {
        Files.createDirectories(cwd.resolve("templates"));
        Files.createSymbolicLink(cwd.resolve("templates/guide.md.mustache"), secret.resolve("guide.md.mustache"));

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "md");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/guide.md.mustache: error: not read: the file leads outside templates");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    /**
     * A named pipe would block a reader forever; a folder cannot be read as YAML. A writer stands
     * by at the pipe, so that a reader would get a few bytes and their end rather than block, and
     * the bytes still in the pipe afterwards show that kitgen read none of them.
     */
    @Test
    void aKitFileOrTranslationThatIsNotARegularFileIsNotRead() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "needs mkfifo");
        Path role = Files.createDirectories(cwd.resolve("kits/pipe"));
        Path fifo = role.resolve("kit.yaml");
        assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor()).isZero();
        Files.createDirectories(cwd.resolve("kits/ml-engineer/fr.yaml"));
        byte[] bait = "kit: 1\nid: pipe\n".getBytes(StandardCharsets.UTF_8);
        // Opening a pipe to write blocks until someone opens it to read.
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, bait);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.start();

        CommandResult pipe;
        int unread;
        try {
            pipe = Kitgen.run(cwd, "validate", "pipe");
        } finally {
            // Opened to read and write, a pipe does not block (Linux): the writer, if still waiting,
            // writes into it, and what nobody read stays there to be counted.
            try (RandomAccessFile end = new RandomAccessFile(fifo.toFile(), "rw")) {
                writer.join();
                unread = new FileInputStream(end.getFD()).available();
            }
        }
        CommandResult folder = Kitgen.run(cwd, "validate", "ml-engineer");

        assertThat(pipe).failedValidation().hasNoStackTrace().errContains("kits/pipe/kit.yaml: error: not read: not a regular file");
        assertThat(unread).as("bytes kitgen left unread in the pipe").isEqualTo(bait.length);
        assertThat(folder).failedValidation().hasNoStackTrace().errContains("kits/ml-engineer/fr.yaml: error: not read: not a regular file");
    }

    /**
     * A template that is a named pipe or a folder is an error naming it: neither is read (the pipe
     * keeps every byte a writer put in it), and kitgen's built-in template does not silently stand
     * in for it.
     */
    @Test
    void aTemplateThatIsNotARegularFileIsAnErrorNotTheBuiltInOne() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "needs mkfifo");
        Path fifo = Files.createDirectories(cwd.resolve("templates")).resolve("guide.md.mustache");
        assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor()).isZero();
        Files.createDirectories(cwd.resolve("templates/partials/style.mustache"));
        byte[] bait = "# {{doc.title}}\n".getBytes(StandardCharsets.UTF_8);
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, bait);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.start();

        CommandResult pipe;
        int unread;
        try {
            pipe = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "md");
        } finally {
            try (RandomAccessFile end = new RandomAccessFile(fifo.toFile(), "rw")) {
                writer.join();
                unread = new FileInputStream(end.getFD()).available();
            }
        }
        CommandResult folder = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "html");

        assertThat(pipe).failedValidation().hasNoStackTrace().errContains("templates/guide.md.mustache: error: not read: "
                + "not a regular file (a named pipe, socket or device); a template must be a file");
        assertThat(unread).as("bytes kitgen left unread in the pipe").isEqualTo(bait.length);
        assertThat(folder).failedValidation().hasNoStackTrace().errContains("templates/partials/style.mustache: error: "
                + "not read: a folder, not a regular file; a template must be a file");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void aPartialOutsideTheTemplatesFolderIsNotFound() throws IOException {
        Files.createDirectories(cwd.resolve("templates"));
        Files.writeString(cwd.resolve("templates/guide.md.mustache"), "# {{doc.title}}\n\n{{> ../secret/guide.md}}\n");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--doc", "guide", "--format", "md");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("templates/guide.md.mustache:3:1: error: partial '../secret/guide.md' not found");
        assertThat(result.err()).doesNotContain("SECRET");
    }

    @Test
    void aKitsOrTemplatesFolderThatIsNotAFolderIsAUsageError() throws IOException {
        Files.writeString(cwd.resolve("afile"), "keep me");

        for (String option : List.of("--kits", "--templates")) {
            for (String folder : List.of("afile", "missing", "../secret/kit.yaml")) {
                CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", option, folder);

                assertThat(result).failedUsage().hasNoStackTrace().errContains(option + " " + folder + ": no such folder");
            }
        }
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void anOutFolderThatIsAFileIsAUsageError() throws IOException {
        Files.writeString(cwd.resolve("afile"), "keep me");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--out", "afile");

        assertThat(result).failedUsage().hasNoStackTrace().errContains("is a file, not a folder");
        assertThat(cwd.resolve("afile")).hasContent("keep me");
    }

    /** An empty --out, as an unset variable makes it ({@code --out "$DIR"}), once wrote into the working folder. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void anOutFolderThatNamesNoFolderIsAUsageError(String blank) {
        Map<String, String> before = Folders.snapshot(root).listing();

        for (CommandResult result : List.of(Kitgen.run(cwd, "render", "ml-engineer", "--out", blank),
                Kitgen.run(cwd, "render", "ml-engineer", "--out=" + blank))) {
            assertThat(result).failedUsage().hasNoStackTrace()
                    .errLinesAre("kitgen: error: --out '" + UserText.escape(blank) + "' names no folder; name the folder to write into, "
                            + "such as --out out, or --out . for the working folder");
        }

        assertThat(Folders.snapshot(root).listing()).as("nothing written anywhere").isEqualTo(before);
    }

    @Test
    void anOutFolderBelowAFileFailsWithoutAJavaExceptionName() throws IOException {
        Files.writeString(cwd.resolve("afile"), "keep me");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--out", "afile/sub");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("cannot write the documents", "the out folder is as it was");
        assertThat(result.err()).doesNotContain("Exception");
        assertThat(cwd.resolve("afile")).hasContent("keep me");
    }

    /**
     * Tests run as root, for whom permissions do not stop a write; a folder below /proc cannot
     * be created by anyone, so it stands for an out folder nobody may write to.
     */
    @Test
    void anUnwritableOutFolderFailsCleanly() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--out", "/proc/kitgen-out");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("/proc/kitgen-out: error: cannot write the documents");
        assertThat(result.err()).doesNotContain("Exception");
    }

    @Test
    void anOutFolderWithoutWritePermissionFailsCleanlyForUsersOtherThanRoot() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes whatever the permissions say");
        Path out = Files.createDirectories(cwd.resolve("locked"));
        assumeTrue(out.toFile().setWritable(false, false));
        try {
            CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--out", "locked");

            assertThat(result).failedValidation().hasNoStackTrace().errContains("permission denied");
        } finally {
            out.toFile().setWritable(true, false);
        }
    }

    @Test
    void aLinkInsideTheOutFolderDoesNotCarryWritesOutside() throws IOException {
        Path out = Files.createDirectories(cwd.resolve("out"));
        Files.createSymbolicLink(out.resolve("ml-engineer"), secret);

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("is a symbolic link; kitgen writes only inside the out folder");
        assertNothingEscaped();
    }

    @Test
    void anOutputFileThatIsALinkIsReplacedNotWrittenThrough() throws IOException {
        Path dir = Files.createDirectories(cwd.resolve("out/ml-engineer/en"));
        Path victim = secret.resolve("victim.md");
        Files.writeString(victim, "untouched");
        Files.createSymbolicLink(dir.resolve("guide.md"), victim);

        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "en");

        assertThat(result).succeeded();
        assertThat(victim).hasContent("untouched");
        assertThat(Files.isSymbolicLink(dir.resolve("guide.md"))).isFalse();
        assertThat(dir.resolve("guide.md")).content().startsWith("# Interviewer guide");
    }

    @Test
    void aRoleOrLanguageNamedTwiceIsRenderedOnce() {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "ml-engineer", "--lang", "es,es,en",
                "--doc", "guide", "--format", "md,md");

        assertThat(result).succeeded().hasNoStackTrace()
                .wrote("out/ml-engineer/es/guide.md").wrote("out/ml-engineer/en/guide.md");
        assertThat(result.out().lines()).hasSize(2);
    }

    @Test
    void stdoutWithTwoDocumentsIsAUsageError() {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es", "--stdout");

        assertThat(result).failedUsage().hasNoStackTrace().errContains("--stdout prints one document");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    private void assertNothingEscaped() {
        try (Stream<Path> files = Files.list(secret)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("files in the folder beside kits, templates and out")
                    .containsExactlyInAnyOrder("kit.yaml", "es.yaml", "guide.md.mustache");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("work", "secret");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
