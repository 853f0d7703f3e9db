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

    /** The roles of the kits shipped in kits/, as completion offers them. */
    private static final String BUILT_IN = "account-executive\nbackend-engineer\ndata-scientist\nml-engineer\nproduct-designer\n"
            + "product-manager\ntechnical-support-engineer\n";

    @TempDir
    Path cwd;

    @Test
    void theBashScriptListsRolesWhenTheUserPressesTab() {
        CommandResult result = Kitgen.run(cwd, "completion", "bash");

        assertThat(result).succeeded().errIsEmpty();
        assertThat(result.out()).contains("function _kitgen_roles() {",
                        "local ROLE_pos_param_args=( $(_kitgen_roles) )",
                        "local ROLE_option_args=( $(_kitgen_all_roles) ) # --from values",
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
    void rolesAndLanguagesCompleteFromTheKitsFolderARunWouldRead() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Files.writeString(cwd.resolve("kitgen.bash"), Kitgen.run(cwd, "completion", "bash").out());

        assertThat(complete("kitgen validate ''", 2)).as("no ./kits: the built-in kits").isEqualTo(BUILT_IN);
        assertThat(complete("kitgen render ml-engineer --lang ''", 4)).isEqualTo("ar\nde\nen\nes\nfr\nja\nzh-Hans\n");

        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        KitFixtures.write(cwd, "tiny", "pt-BR.yaml", "kit: 1\nlang: pt-BR\n");
        assertThat(complete("kitgen validate ''", 2)).as("./kits: its roles only, as a run reads").isEqualTo("tiny\n");
        assertThat(complete("kitgen render ml ''", 2)).as("nothing").isEqualTo("\n");
        assertThat(complete("kitgen render tiny --lang ''", 4)).isEqualTo("en\npt-BR\n");
        assertThat(complete("kitgen new x --from ''", 4)).as("new copies from both").isEqualTo(BUILT_IN + "tiny\n");
        assertThat(complete("kitgen new x --from ti", 4)).isEqualTo("tiny\n");
        assertThat(complete("kitgen i18n s", 2)).isEqualTo("status\nskeleton\n");
    }

    @Test
    void tracksAndLevelsCompleteFromTheKitsTheFolderHolds() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Files.writeString(cwd.resolve("kitgen.bash"), Kitgen.run(cwd, "completion", "bash").out());
        KitFixtures.write(cwd, "customer-team", "kit.yaml", KitFixtures.TRACKS);
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);

        assertThat(complete("kitgen render customer-team --track ''", 4)).isEqualTo("customer-success\nsales\n");
        assertThat(complete("kitgen render customer-team --track s", 4)).isEqualTo("sales\n");
        assertThat(complete("kitgen render customer-team --level ''", 4)).isEqualTo("mid\nsenior\nstaff\n");
    }

    @Test
    void listsCompleteAfterTheirCommas() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Files.writeString(cwd.resolve("kitgen.bash"), Kitgen.run(cwd, "completion", "bash").out());

        assertThat(complete("kitgen render ml-engineer --format ''", 4)).isEqualTo("md\nhtml\npdf\n");
        assertThat(complete("kitgen render ml-engineer --format md,", 4)).isEqualTo("md,html\nmd,pdf\n");
        assertThat(complete("kitgen render ml-engineer -f md,pdf,h", 4)).isEqualTo("md,pdf,html\n");
        assertThat(complete("kitgen render ml-engineer --lang es,", 4)).isEqualTo("es,ar\nes,de\nes,en\nes,fr\nes,ja\nes,zh-Hans\n");
        assertThat(complete("kitgen render ml-engineer --problems ''", 4)).isEqualTo("text\ngithub\n");
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
