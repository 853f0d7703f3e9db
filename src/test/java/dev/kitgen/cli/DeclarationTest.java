package dev.kitgen.cli;

import dev.kitgen.render.Paper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A command declared in code behaves as its annotations did: picocli fills in each value, every
 * parse starts again from the initial values, and a positional parameter without an arity is
 * required. {@link CommandLineSurfaceTest} checks what users see of every real command.
 */
class DeclarationTest {

    private final Declaration declared = new Declaration((Runnable) () -> { }, "try", "A command to try.");
    private final Value<Boolean> all = declared.option("--all").description("Everything.").flag();
    private final Value<List<String>> langs = declared.option("-l", "--lang").label("LANG").commaSeparated()
            .description("Languages.").texts();
    private final Value<Path> out = declared.option("-o", "--out").label("DIR").description("Folder.").path(Path.of("out"));
    private final Value<Paper> paper = declared.option("--paper").label("SIZE").description("Paper.")
            .choice(Paper.class, Paper.A4, "a paper size");
    private final Value<String> role = declared.positional("ROLE").description("A role.").text(null);

    @Test
    void picocliFillsInTheValuesAndEveryParseStartsFromTheInitialOnes() {
        CommandLine cli = new CommandLine(declared.spec());

        cli.parseArgs("--all", "-l", "es,en", "--lang", "fr", "-o", "elsewhere", "--paper", "LETTER", "ml-engineer");

        assertThat(all.get()).isTrue();
        assertThat(langs.get()).containsExactly("es", "en", "fr");
        assertThat(out.get()).isEqualTo(Path.of("elsewhere"));
        assertThat(paper.get()).isEqualTo(Paper.LETTER);
        assertThat(role.get()).isEqualTo("ml-engineer");

        cli.parseArgs("sales");

        assertThat(all.get()).isFalse();
        assertThat(langs.get()).isEmpty();
        assertThat(out.get()).isEqualTo(Path.of("out"));
        assertThat(paper.get()).isEqualTo(Paper.A4);
        assertThat(role.get()).isEqualTo("sales");
    }

    @Test
    void aPositionalParameterWithoutAnArityIsRequiredAndAWrongChoiceIsRefusedInKitgensWords() {
        CommandLine cli = new CommandLine(declared.spec());

        assertThatThrownBy(cli::parseArgs).isInstanceOf(CommandLine.MissingParameterException.class)
                .hasMessageContaining("ROLE");
        assertThatThrownBy(() -> cli.parseArgs("--paper", "a3", "x")).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("'a3' is not a paper size; use a4 or letter");
    }

    @Test
    void helpAndVersionComeAfterTheDeclaredOptionsOnce() {
        declared.spec();

        assertThat(declared.spec().options()).extracting(CommandLine.Model.OptionSpec::longestName)
                .containsExactly("--all", "--lang", "--out", "--paper", "--help", "--version");
    }
}
