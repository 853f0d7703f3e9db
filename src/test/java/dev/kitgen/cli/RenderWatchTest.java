package dev.kitgen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static dev.kitgen.cli.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class RenderWatchTest {

    @TempDir
    Path cwd;

    @Test
    @Timeout(60)
    void rendersAgainOnEveryChangeAndReportsProblemsWithoutStopping() throws Exception {
        TestKits.write(cwd, "tiny", "kit.yaml", TestKits.TINY);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread watching = new Thread(() -> code.set(Cli.execute(cwd, java.util.Map.of(), false, new PrintWriter(out, true),
                new PrintWriter(err, true), "render", "tiny", "--format", "md", "--watch")));
        watching.start();
        try {
            await(err, s -> count(s, "watching for changes") == 1);
            assertThat(out.toString()).contains("wrote out/tiny/en/guide.md");

            Path kit = cwd.resolve("kits/tiny/kit.yaml");
            Files.writeString(kit, TestKits.TINY.replace("role: Tiny Engineer", "role: Small Engineer"));
            await(err, s -> count(s, "watching for changes") == 2);
            assertThat(err.toString()).contains("changed: kits/tiny/kit.yaml\n");
            assertThat(Files.readString(cwd.resolve("out/tiny/en/guide.md"))).contains("Small Engineer");

            Files.writeString(kit, TestKits.TINY.replace("title: Screen", "titel: Screen"));
            await(err, s -> count(s, "watching for changes") == 3);
            assertThat(err.toString()).contains(
                    "kits/tiny/kit.yaml:17:5: error: unknown key 'titel' in stage 'screen' (did you mean 'title'?)\n");
            assertThat(watching.isAlive()).isTrue();
        } finally {
            watching.interrupt();
            watching.join(10_000);
        }
        assertThat(watching.isAlive()).isFalse();
        assertThat(code.get()).isEqualTo(Cli.OK);
    }

    @Test
    void watchingNeedsFilesOnDisk() {
        CommandResult result = CommandResult.run(cwd, "render", "ml-engineer", "--watch");

        assertThat(result).failedUsage().errContains("--watch has nothing to watch: the built-in kits and templates "
                + "do not change");
        assertThat(CommandResult.run(cwd, "render", "ml-engineer", "--watch", "--stdout")).failedUsage()
                .errContains("--watch writes files; leave out --stdout");
    }

    private static void await(StringWriter writer, Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.test(writer.toString())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out; stderr so far:\n" + writer);
            }
            Thread.sleep(50);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
