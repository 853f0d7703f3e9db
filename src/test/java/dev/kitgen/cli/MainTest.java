package dev.kitgen.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress is shown when a person watches stderr, the stream it goes to, and only then. */
class MainTest {

    private static final String SAID = "kitgen.stderr.terminal";

    @AfterEach
    void forget() {
        System.clearProperty(SAID);
    }

    @Test
    void theLaunchersAnswerAboutStderrDecides() {
        System.setProperty(SAID, "true");
        assertThat(Main.watched(Map.of())).isTrue();
        System.setProperty(SAID, "false");
        assertThat(Main.watched(Map.of())).isFalse();
    }

    @Test
    void aDumbTerminalGetsNoProgressLine() {
        System.setProperty(SAID, "true");
        assertThat(Main.watched(Map.of("TERM", "dumb"))).isFalse();
    }

    @Test
    void withoutTheLauncherAStderrThatIsNoTerminalGetsNone() {
        // The test runner sends stderr to a pipe or a file, never to a terminal.
        assertThat(Main.watched(Map.of())).isFalse();
    }
}
