package dev.kitgen.diagnostics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticsTest {

    @Test
    void problemsAreSortedByFileThenLineThenColumnWithErrorsFirst() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning(new Location("kits/a/kit.yaml", 10, 3), "w10");
        diagnostics.error(new Location("kits/a/kit.yaml", 9, 7), "e9:7");
        diagnostics.error(new Location("kits/a/kit.yaml", 10, 3), "e10");
        diagnostics.error(new Location("kits/a/es.yaml", 40, 1), "es");
        diagnostics.error(new Location("kits/a/kit.yaml", 9, 5), "e9:5");
        diagnostics.warning(Location.ofFile("kits/a/kit.yaml"), "file");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::message)
                .containsExactly("es", "file", "e9:5", "e9:7", "e10", "w10");
        assertThat(diagnostics.sorted()).filteredOn(Diagnostic::isError).hasSize(4);
        assertThat(diagnostics.hasErrors()).isTrue();
    }

    @Test
    void aProblemPrintsAsEditorsAndCiProblemMatchersReadIt() {
        assertThat(Diagnostic.error(new Location("kits/a/kit.yaml", 14, 5), "unknown key 'x'"))
                .hasToString("kits/a/kit.yaml:14:5: error: unknown key 'x'");
        assertThat(Diagnostic.warning(Location.ofFile("kits/a/es.yaml"), "ignored"))
                .hasToString("kits/a/es.yaml: warning: ignored");
    }

    @Test
    void onlyWarningsAreNoErrors() {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(diagnostics.sorted()).isEmpty();

        diagnostics.warning(Location.ofFile("x"), "w");

        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(diagnostics.sorted()).isNotEmpty();
    }
}
