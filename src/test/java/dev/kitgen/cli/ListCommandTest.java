package dev.kitgen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.cli.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ListCommandTest {

    @TempDir
    Path cwd;

    @Test
    void listsRolesWithTheirLanguagesAndHowMuchIsTranslated() {
        TestKits.write(cwd, "tiny", "kit.yaml", TestKits.TINY);
        TestKits.write(cwd, "tiny", "es.yaml", TestKits.TINY_ES.replace("title: Cribado", "title: \"\""));
        TestKits.write(cwd, "broken", "kit.yaml", "kit: 1\n");

        CommandResult result = CommandResult.run(cwd, "list");

        assertThat(result).failedValidation();
        assertThat(result.out()).isEqualTo("""
                ROLE    LANGUAGES                                NAME
                tiny    en (source), es 90%                      Tiny Engineer
                broken  (invalid: run 'kitgen validate broken')
                """);
    }

    @Test
    void listsTheBuiltInKitsOutsideAKitsFolder() {
        CommandResult result = CommandResult.run(cwd, "list");

        assertThat(result).succeeded().errIsEmpty();
        assertThat(result.out()).isEqualTo("""
                ROLE         LANGUAGES             NAME
                ml-engineer  en (source), es 100%  Machine Learning Engineer
                """);
    }
}
