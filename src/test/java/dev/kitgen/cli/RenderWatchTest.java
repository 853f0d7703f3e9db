package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class RenderWatchTest {

    /** Lines kitgen may print before the one a test waits for: a few per render, however slow the machine. */
    private static final int MAX_LINES = 100;

    private static final String WATCHING = "watching for changes";

    @TempDir
    Path cwd;

    @Test
    void rendersAgainOnEveryChangeAndReportsProblemsWithoutStopping() throws Exception {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        StringWriter out = new StringWriter();
        Lines err = new Lines();
        AtomicInteger code = new AtomicInteger(-1);
        Thread watching = start(out, err, code, "render", "tiny", "--format", "md", "--watch");
        try {
            err.awaitLineWith(WATCHING);
            assertThat(out.toString()).contains("out/tiny/en/guide.md\n");

            KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY.replace("role: Tiny Engineer", "role: Small Engineer"));
            err.awaitLineWith(WATCHING);
            assertThat(err.toString()).contains("changed: kits/tiny/kit.yaml\n");
            assertThat(Files.readString(cwd.resolve("out/tiny/en/guide.md"))).contains("Small Engineer");

            KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY.replace("title: Screen", "titel: Screen"));
            err.awaitLineWith(WATCHING);
            assertThat(err.toString()).contains(
                    "kits/tiny/kit.yaml:17:5: error: unknown key 'titel' in stage 'screen' (did you mean 'title'?)\n");
            assertThat(watching.isAlive()).isTrue();
        } finally {
            watching.interrupt();
            watching.join();
        }
        assertThat(code.get()).isEqualTo(Cli.OK);
    }

    @Test
    void rendersAgainOnlyTheRoleWhoseFileChangedAndEverythingWhenATemplateChanged() throws Exception {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        KitFixtures.write(cwd, "small", "kit.yaml", KitFixtures.TINY.replace("id: tiny", "id: small"));
        Files.createDirectories(cwd.resolve("templates"));
        StringWriter out = new StringWriter();
        Lines err = new Lines();
        Thread watching = start(out, err, new AtomicInteger(-1), "render", "tiny", "small", "--doc", "guide", "--format", "md",
                "--watch");
        try {
            err.awaitLineWith(WATCHING);
            assertThat(out.toString()).isEqualTo("out/tiny/en/guide.md\nout/small/en/guide.md\n");

            int before = out.toString().length();
            KitFixtures.write(cwd, "small", "kit.yaml", KitFixtures.TINY.replace("id: tiny", "id: small")
                    .replace("role: Tiny Engineer", "role: Small Engineer"));
            err.awaitLineWith(WATCHING);
            assertThat(out.toString().substring(before)).as("written again").isEqualTo("out/small/en/guide.md\n");

            before = out.toString().length();
            Files.writeString(cwd.resolve("templates/guide.md.mustache"),
                    Project.read("templates/guide.md.mustache") + "\nEdited template.\n");
            err.awaitLineWith(WATCHING);
            assertThat(out.toString().substring(before)).as("written again")
                    .isEqualTo("out/tiny/en/guide.md\nout/small/en/guide.md\n");
            assertThat(Files.readString(cwd.resolve("out/tiny/en/guide.md"))).as("from the template as saved")
                    .endsWith("Edited template.\n");

            before = out.toString().length();
            KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY.replace("role: Tiny Engineer", "role: Tiny Engineer II"));
            err.awaitLineWith(WATCHING);
            assertThat(out.toString().substring(before)).as("written again").isEqualTo("out/tiny/en/guide.md\n");
            assertThat(Files.readString(cwd.resolve("out/tiny/en/guide.md"))).as("the kit's change, the template kept")
                    .contains("Tiny Engineer II").endsWith("Edited template.\n");
        } finally {
            watching.interrupt();
            watching.join();
        }
    }

    @Test
    void watchingNeedsFilesOnDisk() {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--watch");

        assertThat(result).failedUsage().errContains("--watch has nothing to watch: the built-in kits and templates "
                + "do not change");
        assertThat(Kitgen.run(cwd, "render", "ml-engineer", "--watch", "--stdout")).failedUsage()
                .errContains("--watch writes files; leave out --stdout");
    }

    /** Runs kitgen with {@code args} on a thread of its own, its exit code to {@code code}. */
    private Thread start(StringWriter out, Lines err, AtomicInteger code, String... args) {
        Thread watching = new Thread(() -> {
            try {
                code.set(Cli.execute(cwd, Map.of(), false, new PrintWriter(out, true), new PrintWriter(err, true), args));
            } finally {
                err.end();
            }
        });
        watching.start();
        return watching;
    }

    /**
     * What kitgen prints, kept whole and handed over a line at a time, so that a test blocks until
     * the line it waits for comes, counting lines rather than time.
     */
    private static final class Lines extends Writer {

        private final StringBuilder all = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        /** Each line printed; empty once kitgen has returned, as no line follows. */
        private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

        @Override
        public synchronized void write(char[] chars, int off, int len) {
            for (int i = off; i < off + len; i++) {
                all.append(chars[i]);
                if (chars[i] == '\n') {
                    lines.add(Optional.of(line.toString()));
                    line.setLength(0);
                } else {
                    line.append(chars[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        void end() {
            lines.add(Optional.empty());
        }

        /** Takes the lines printed until one holds {@code part}; fails if kitgen returns or prints {@link #MAX_LINES} others first. */
        void awaitLineWith(String part) throws InterruptedException {
            for (int taken = 0; taken < MAX_LINES; taken++) {
                Optional<String> next = lines.take();
                if (next.isEmpty()) throw new AssertionError("kitgen returned before printing '" + part + "'; stderr:\n" + this);
                if (next.get().contains(part)) return;
            }
            throw new AssertionError(MAX_LINES + " lines without '" + part + "'; stderr:\n" + this);
        }

        @Override
        public synchronized String toString() {
            return all.toString();
        }
    }
}
