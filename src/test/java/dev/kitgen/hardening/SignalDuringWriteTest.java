package dev.kitgen.hardening;

import dev.kitgen.testing.Folders;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitgenProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real kitgen processes stopped by SIGTERM (what Ctrl-C and a cancelled CI job send) while they
 * write over an earlier run's documents: while temporary files are written, while backups are
 * made, and once the first document has been moved into place. The out folder then holds all the
 * earlier run's documents or all the new run's, down to its folders, and no temporary or backup
 * file. Each process is awaited by what it does (a file appears, or it ends), not by the clock.
 */
class SignalDuringWriteTest {

    private static final int ROUNDS = 2;

    /** The document a run moves into place first: the first scorecard of the first role. */
    private static final String MOVED_FIRST = "role-0/en/scorecard-s0.md";

    @TempDir
    Path cwd;

    @Test
    void aProcessStoppedBySigtermAtAnyStepOfItsWriteLeavesTheOldDocumentsOrAllTheNewOnes() throws Exception {
        // Many small documents, so that each step of the write lasts long enough to stop it in.
        // The new run's criterion has another title, and it adds a role, whose folders are new.
        KitFixtures.manySmallDocuments(cwd.resolve("a"), 6, "C");
        KitFixtures.manySmallDocuments(cwd.resolve("b"), 7, "Changed C");
        SortedMap<String, String> before = render("a", "expect-a");
        Folders.copy(cwd.resolve("expect-a"), cwd.resolve("expect-b"));
        SortedMap<String, String> after = render("b", "expect-b");
        String movedFirst = after.get(MOVED_FIRST);
        assertThat(movedFirst).isNotEqualTo(before.get(MOVED_FIRST));

        Path out = cwd.resolve("out");
        Map<String, Predicate<Path>> steps = new LinkedHashMap<>();
        steps.put("writing temporary files", dir -> Folders.holdsFileEndingIn(dir, ".tmp"));
        steps.put("making backups", dir -> Folders.holdsFileEndingIn(dir, ".bak"));
        steps.put("moving documents into place", dir -> movedFirst.equals(readIfThere(dir.resolve(MOVED_FIRST))));
        Map<String, Integer> stopped = new TreeMap<>();
        for (Map.Entry<String, Predicate<Path>> step : steps.entrySet()) {
            for (int round = 0; round < ROUNDS; round++) {
                Folders.delete(out);
                Folders.copy(cwd.resolve("expect-a"), out);
                Path err = cwd.resolve("err.txt");
                Process p = KitgenProcess.start(cwd, err, "render", "--all", "--kits", "b/kits", "--doc", "scorecard",
                        "--format", "md", "--out", "out");
                if (KitgenProcess.terminateWhen(p, () -> step.getValue().test(out))) {
                    stopped.merge(step.getKey(), 1, Integer::sum);
                }

                Folders.Snapshot now = Folders.snapshot(out);
                assertThat(now.listing().equals(before) || now.listing().equals(after)).as(step.getKey()
                        + ": a mix of old and new: " + mix(now.listing(), before, after)).isTrue();
                now.assertNoTemporaryFile();
                assertThat(Files.readString(err)).as("stderr").doesNotContainPattern("\\n\\s+at [\\w.$]+\\(")
                        .doesNotContain("Exception in thread");
            }
        }
        assertThat(stopped).as("runs stopped at each step").containsOnlyKeys(steps.keySet());
    }

    /** Renders the kits of {@code folder} into {@code out}, in-process, and returns what the out folder then holds. */
    private SortedMap<String, String> render(String folder, String out) {
        assertThat(Kitgen.run(cwd, "render", "--all", "--kits", folder + "/kits", "--doc", "scorecard", "--format", "md",
                "--out", out)).succeeded();
        return Folders.snapshot(cwd.resolve(out)).assertNoTemporaryFile().listing();
    }

    /** Which entries are as before, which new, which neither: what a failure needs to say. */
    private static String mix(Map<String, String> now, Map<String, String> before, Map<String, String> after) {
        List<String> old = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        List<String> neither = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(now.keySet());
        names.addAll(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            boolean asBefore = Objects.equals(now.get(name), before.get(name));
            boolean asAfter = Objects.equals(now.get(name), after.get(name));
            if (asBefore && !asAfter) old.add(name);
            else if (asAfter && !asBefore) fresh.add(name);
            else if (!asBefore) neither.add(name);
        }
        return old.size() + " as before " + old.stream().limit(3).toList() + ", " + fresh.size() + " new "
                + fresh.stream().limit(3).toList() + ", " + neither.size() + " neither " + neither.stream().limit(3).toList();
    }

    private static String readIfThere(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return null;
        }
    }
}
