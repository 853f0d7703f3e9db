package dev.kitgen.usecase.render;

import dev.kitgen.render.pdf.PdfConverter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A render runs one thread per core, no more than it has documents, and, when it makes PDFs, no
 * more than its heap holds PDFs at their size bounds: each thread may be making one, and a PDF is
 * made whole in memory.
 */
class ParallelismTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void oneThreadPerCoreAndNoMoreThanDocuments() {
        assertThat(Jobs.parallelism(60, 8, Long.MAX_VALUE)).isEqualTo(8);
        assertThat(Jobs.parallelism(3, 8, Long.MAX_VALUE)).isEqualTo(3);
        assertThat(Jobs.parallelism(0, 8, Long.MAX_VALUE)).isEqualTo(1);
    }

    @Test
    void pdfsRunOnNoMoreThreadsThanTheHeapHoldsPdfsAtTheirBounds() {
        assertThat(PdfConverter.HEAP_PER_PDF).isEqualTo(512 * MIB);
        // The 1.75 GB default heap of a 7 GB CI runner holds three; a 16-core machine gets no more.
        assertThat(Jobs.parallelism(60, 16, 1_792 * MIB)).isEqualTo(3);
        assertThat(Jobs.parallelism(60, 2, 1_792 * MIB)).isEqualTo(2);
        // A heap too small for one still renders, one document at a time.
        assertThat(Jobs.parallelism(60, 16, 256 * MIB)).isEqualTo(1);
    }
}
