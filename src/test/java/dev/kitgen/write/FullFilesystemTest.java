package dev.kitgen.write;

import dev.kitgen.testing.Folders;
import dev.kitgen.testing.KitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real file-system failures, where the machine allows them: kitgen runs in a private mount
 * namespace ({@code unshare -m}, as root) with its out folder on a 512 KiB tmpfs, first full
 * midway through a render, then remounted read-only. Permissions cannot stand in for this,
 * since the tests run as root; where unshare or mount is refused, the test is skipped.
 */
class FullFilesystemTest {

    @TempDir
    Path cwd;

    @BeforeEach
    void machineAllowsPrivateMounts() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/unshare")), "needs unshare");
        Process probe = new ProcessBuilder("/usr/bin/unshare", "-m", "sh", "-c",
                "mount -t tmpfs -o size=64k tmpfs " + cwd).redirectErrorStream(true).start();
        assumeTrue(probe.waitFor() == 0, "needs root and mount namespaces");
    }

    @Test
    void aFullOrReadOnlyFileSystemFailsTheRunAndKeepsThePreviousOutputs() throws Exception {
        KitFixtures.write(cwd.resolve("a"), "ml-engineer", "kit.yaml", KitFixtures.shippedKit());
        KitFixtures.write(cwd.resolve("a"), "ml-engineer", "es.yaml", KitFixtures.shippedTranslation());
        KitFixtures.write(cwd.resolve("b"), "ml-engineer", "kit.yaml",
                KitFixtures.shippedKit().replace("Machine Learning Engineer", "Changed Engineer"));
        KitFixtures.write(cwd.resolve("b"), "ml-engineer", "es.yaml", KitFixtures.shippedTranslation());
        Files.createDirectories(cwd.resolve("out"));
        String kitgen = Path.of(System.getProperty("java.home"), "bin", "java") + " -cp '"
                + System.getProperty("java.class.path") + "' dev.kitgen.cli.Main render ml-engineer --out out";
        String script = String.join("\n",
                "set -e",
                "mount -t tmpfs -o size=512k tmpfs out",
                kitgen + " --kits a/kits > /dev/null",
                "cp -r out before",
                "set +e",
                kitgen + " --kits b/kits > /dev/null 2> full.err; echo $? > full.rc",
                "cp -r out after-full",
                "mount -o remount,ro out",
                kitgen + " --kits b/kits > /dev/null 2> ro.err; echo $? > ro.rc",
                "cp -r out after-ro");

        Process p = new ProcessBuilder("/usr/bin/unshare", "-m", "sh", "-c", script).directory(cwd.toFile())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(log).isZero();

        Map<String, String> before = Folders.snapshot(cwd.resolve("before")).assertNoTemporaryFile().texts();
        assertThat(before).isNotEmpty();
        for (String run : List.of("full", "ro")) {
            assertThat(read(run + ".rc")).as(run + " exit code").isEqualTo("1");
            assertThat(read(run + ".err")).as(run).contains("error: cannot write the documents", "the out folder is as it was")
                    .doesNotContain("Exception").doesNotContainPattern("\\n\\s+at ");
            assertThat(Folders.snapshot(cwd.resolve("after-" + run)).assertNoTemporaryFile().texts()).as(run + ": the out folder as it was").isEqualTo(before);
        }
        assertThat(read("full.err")).containsIgnoringCase("no space left on device");
        assertThat(read("ro.err")).containsIgnoringCase("read-only file system");
    }

    private String read(String name) throws IOException {
        return Files.readString(cwd.resolve(name)).strip();
    }
}
