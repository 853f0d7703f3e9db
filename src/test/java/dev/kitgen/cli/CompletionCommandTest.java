package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class CompletionCommandTest {

    @TempDir
    Path cwd;

    @Test
    void theBashScriptListsRolesWhenTheUserPressesTab() {
        CommandResult result = Kitgen.run(cwd, "completion", "bash");

        assertThat(result).succeeded().errIsEmpty();
        assertThat(result.out()).contains("function _kitgen_roles() {",
                        "local ROLE_pos_param_args=( $(_kitgen_roles) )",
                        "local ROLE_option_args=( $(_kitgen_roles) ) # --from values",
                        "complete -F _complete_kitgen")
                .doesNotContain("(\"ml-engineer\")");
    }

    @Test
    void theZshScriptIsTheBashScriptLoadedThroughBashcompinit() {
        CommandResult result = Kitgen.run(cwd, "completion", "zsh");

        assertThat(result).succeeded();
        assertThat(result.out()).startsWith("# kitgen completion for zsh: source <(kitgen completion zsh)\n")
                .contains("autoload -U +X bashcompinit && bashcompinit");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        assertThat(Kitgen.run(cwd, "completion", "fish")).failedUsage();
    }

    @Test
    void rolesCompleteFromTheBuiltInKitsAndTheKitsFolder() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        Files.writeString(cwd.resolve("kitgen.bash"), Kitgen.run(cwd, "completion", "bash").out());

        assertThat(complete("kitgen validate ''", 2)).isEqualTo("ml-engineer\ntiny\n");
        assertThat(complete("kitgen render ml ''", 2)).isEqualTo("ml-engineer\n");
        assertThat(complete("kitgen new x --from t", 4)).isEqualTo("tiny\n");
        assertThat(complete("kitgen i18n s", 2)).isEqualTo("status\nskeleton\n");
    }

    /** What bash offers for the word at {@code index} of {@code line}, one per line. */
    private String complete(String line, int index) throws Exception {
        String script = "source ./kitgen.bash 2>/dev/null; COMP_WORDS=(" + line + "); COMP_CWORD=" + index
                + "; _complete_kitgen 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("/bin/bash", "-c", script).directory(cwd.toFile())
                .redirectErrorStream(true).start();
        String offered = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        bash.waitFor();
        return offered;
    }
}
