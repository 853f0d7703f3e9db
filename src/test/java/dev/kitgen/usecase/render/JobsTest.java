package dev.kitgen.usecase.render;

import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.model.RoleId;
import dev.kitgen.render.Doc;
import dev.kitgen.render.Format;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job that fails, even with a bug, fails alone: every other job of the run still renders. The
 * threads take a folder's guide first, and its packet once the next folder's documents are taken.
 */
class JobsTest {

    private static Job job(String path, Supplier<byte[]> bytes) {
        return new Job(RoleId.of("r"), "kits/r/kit.yaml", path, Doc.GUIDE, Format.PDF, bytes);
    }

    private static Job job(String folder, Doc doc, String name) {
        return new Job(RoleId.of("r"), "kits/r/kit.yaml", folder + name + ".pdf", doc, Format.PDF, () -> new byte[0]);
    }

    @Test
    void aFoldersPacketIsTakenAfterTheNextFoldersDocumentsAndTheLastFoldersAtTheEnd() {
        List<Job> jobs = new ArrayList<>();
        for (String folder : List.of("a/en/", "a/es/", "b/en/")) {
            jobs.add(job(folder, Doc.CANDIDATE, "candidate"));
            jobs.add(job(folder, Doc.PACKET, "packet"));
            jobs.add(job(folder, Doc.SCORECARD, "scorecard-1"));
            jobs.add(job(folder, Doc.GUIDE, "guide"));
            jobs.add(job(folder, Doc.SCORECARD, "scorecard-2"));
        }

        assertThat(Jobs.scheduled(jobs)).extracting(Job::path).containsExactly(
                "a/en/guide.pdf", "a/en/candidate.pdf", "a/en/scorecard-1.pdf", "a/en/scorecard-2.pdf",
                "a/es/guide.pdf", "a/es/candidate.pdf", "a/es/scorecard-1.pdf", "a/es/scorecard-2.pdf", "a/en/packet.pdf",
                "b/en/guide.pdf", "b/en/candidate.pdf", "b/en/scorecard-1.pdf", "b/en/scorecard-2.pdf", "a/es/packet.pdf",
                "b/en/packet.pdf");
    }

    @Test
    void aRunOfPacketsAloneTakesThemInTheirOrder() {
        List<Job> jobs = List.of(job("a/en/", Doc.PACKET, "packet"), job("b/en/", Doc.PACKET, "packet"));

        assertThat(Jobs.scheduled(jobs)).containsExactlyElementsOf(jobs);
    }

    @Test
    void aBugInOneDocumentIsReportedForItAndTheOthersRender() {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String path = "r/en/doc-" + i + ".pdf";
            jobs.add(job(path, i == 3 ? () -> { throw new NullPointerException("parent is null"); } : path::getBytes));
        }

        for (int threads : new int[]{1, 2}) {
            List<Rendered> rendered = Jobs.run(jobs, threads, Progress.NONE);

            assertThat(rendered).extracting(r -> r.job().path()).containsExactlyElementsOf(
                    jobs.stream().map(Job::path).toList());
            assertThat(rendered.get(3).output()).isNull();
            assertThat(rendered.get(3).problems()).extracting(Diagnostic::toString).containsExactly(
                    "kits/r/kit.yaml: error: internal error while rendering r/en/doc-3.pdf (a bug in kitgen, please "
                            + "report it with this kit): java.lang.NullPointerException: parent is null");
            assertThat(rendered).filteredOn(r -> r != rendered.get(3))
                    .allSatisfy(r -> assertThat(new String(r.output().bytes())).isEqualTo(r.job().path()));
        }
    }
}
