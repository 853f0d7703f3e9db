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

/** A job that fails, even with a bug, fails alone: every other job of the run still renders. */
class JobsTest {

    private static Job job(String path, Supplier<byte[]> bytes) {
        return new Job(RoleId.of("r"), "kits/r/kit.yaml", path, Doc.GUIDE, Format.PDF, bytes);
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
