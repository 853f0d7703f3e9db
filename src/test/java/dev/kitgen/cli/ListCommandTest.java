package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ListCommandTest {

    @TempDir
    Path cwd;

    @Test
    void listsRolesWithTheirLanguagesAndHowMuchIsTranslated() {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);
        KitFixtures.write(cwd, "tiny", "es.yaml", KitFixtures.TINY_ES.replace("title: Cribado", "title: \"\""));
        KitFixtures.write(cwd, "broken", "kit.yaml", "kit: 1\n");

        CommandResult result = Kitgen.run(cwd, "list");

        assertThat(result).failedValidation();
        assertThat(result.out()).isEqualTo("""
                ROLE    LANGUAGES                                NAME
                tiny    en (source), es 90%                      Tiny Engineer
                broken  (invalid: run 'kitgen validate broken')
                """);
    }

    @Test
    void listsTheBuiltInKitsOutsideAKitsFolder() {
        CommandResult result = Kitgen.run(cwd, "list");

        assertThat(result).succeeded().errIsEmpty();
        assertThat(result.out()).isEqualTo("""
                ROLE                        LANGUAGES                                                               NAME
                account-executive           en (source), es 100%                                                    Account Executive
                backend-engineer            en (source)                                                             Backend Engineer
                data-scientist              en (source)                                                             Data Scientist, Product Analytics
                ml-engineer                 en (source), ar 100%, de 100%, es 100%, fr 100%, ja 100%, zh-Hans 100%  Machine Learning Engineer
                product-designer            en (source)                                                             Product Designer
                product-manager             en (source)                                                             Product Manager
                technical-support-engineer  en (source), es 100%                                                    Technical Support Engineer
                """);
    }
}
