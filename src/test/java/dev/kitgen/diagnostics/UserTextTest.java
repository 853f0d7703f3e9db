package dev.kitgen.diagnostics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserTextTest {

    @Test
    void controlAndInvisibleFormatCharactersAreShownAsEscapes() {
        assertThat(UserText.escape("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
        assertThat(UserText.escape("\u001b[2J\u0007\u007f\u0085\u009b")).isEqualTo("\\x1b[2J\\x07\\x7f\\x85\\x9b");
        assertThat(UserText.escape("\u202eabc\u2066\u200b\u2028\ufeff")).isEqualTo("\\u202eabc\\u2066\\u200b\\u2028\\ufeff");
        assertThat(UserText.escape("Señales de alerta: 面接 مهندس ✓ 😀")).isEqualTo("Señales de alerta: 面接 مهندس ✓ 😀");
    }

    @Test
    void aLongValueIsShortenedWithAnEllipsisButAnIdNeverIs() {
        String id = "a".repeat(64);
        assertThat(UserText.quote(id)).isEqualTo(id);
        String quoted = UserText.quote("b".repeat(500));
        assertThat(quoted).hasSize(UserText.MAX_QUOTED).endsWith("b…");
        assertThat(UserText.quote("😀".repeat(100)).codePointCount(0, UserText.quote("😀".repeat(100)).length()))
                .as("shortened by characters, never inside one").isEqualTo(UserText.MAX_QUOTED);
    }

    @Test
    void aLineNeverStartsAWorkflowCommand() {
        assertThat(UserText.line("::error file=a::x")).isEqualTo("./::error file=a::x");
        assertThat(UserText.line("kits/a.yaml: error: ::warning::x")).isEqualTo("kits/a.yaml: error: ::warning::x");
    }

    @Test
    void aDiagnosticIsOneLineWhateverItsFileAndMessageHold() {
        Diagnostic d = Diagnostic.error(new Location("::kits/x\n.yaml", 3, 1), "unknown key 'a\nkits/b.yaml:1:1: error: y'");
        assertThat(d.toString()).isEqualTo("./::kits/x\\n.yaml:3:1: error: unknown key 'a\\nkits/b.yaml:1:1: error: y'");
    }
}
