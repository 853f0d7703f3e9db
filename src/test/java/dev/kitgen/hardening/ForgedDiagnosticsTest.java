package dev.kitgen.hardening;

import dev.kitgen.diagnostics.UserText;
import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.KitFixtures;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text from a pull request reaches kitgen's messages in many places (an unknown key, a bad id, a
 * link to nothing, a stale translation, a catalog, a template, a role's name in a listing). None
 * of them may forge a line: a GitHub workflow command ({@code ::error …}, {@code ::add-mask::}),
 * a {@code FILE:LINE:COL: error:} line for a problem matcher, or a terminal escape that clears
 * the screen or sets the title. Every line kitgen prints is checked, in every place, for every
 * hostile text.
 */
class ForgedDiagnosticsTest {

    /** Hostile texts: each would start a line of its own, or act on a terminal, if printed raw. */
    static final List<String> HOSTILE = List.of(
            "x\n::error file=kits/a.yaml,line=1::forged",
            "x\r\n::add-mask::secret",
            "x\nkits/tiny/kit.yaml:1:1: error: forged",
            "x\u001b[2J\u001b]0;owned\u0007",
            "x\u202eevil\u2066y\u2069",
            "x\u0085next\u2028line\u009b31m",
            "x\u007f\u0000\u0008",
            "::error::at the start");

    /** A place user text can reach a message: the files to write, and the command to run. */
    record Place(String name, String[] files, String[] command) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String text : HOSTILE) {
            for (Place place : places(text)) cases.add(Arguments.of(place, text));
        }
        return cases.stream();
    }

    /** {@code text} as a double-quoted YAML scalar, escapes and all. */
    static String yamlString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else out.append(c);
        }
        return out.append('"').toString();
    }

    static List<Place> places(String text) {
        String yaml = yamlString(text);
        String tiny = KitFixtures.TINY;
        return List.of(
                new Place("unknown key", new String[]{"kit.yaml", tiny.replace("summary:", yaml + ": 1\nsummary:")},
                        new String[]{"validate", "tiny"}),
                new Place("invalid id", new String[]{"kit.yaml", tiny.replace("id: design", "id: " + yaml)},
                        new String[]{"validate", "tiny"}),
                new Place("unknown link", new String[]{"kit.yaml", tiny.replace("assesses: [coding, design]",
                        "assesses: [coding, " + yaml + "]")}, new String[]{"render", "tiny"}),
                new Place("unknown key in a translation", new String[]{"kit.yaml", tiny,
                        "es.yaml", "kit: 1\nlang: es\n" + yaml + ": x\n"}, new String[]{"validate", "tiny"}),
                new Place("stale translation", new String[]{"kit.yaml", tiny,
                        "es.yaml", "kit: 1\nlang: es\ncriteria:\n  " + yaml + ":\n    title: x\n"},
                        new String[]{"render", "tiny", "--lang", "es"}),
                new Place("role name in a listing", new String[]{"kit.yaml",
                        tiny.replace("role: Tiny Engineer", "role: " + yaml)}, new String[]{"list"}),
                new Place("template variable", new String[]{"kit.yaml", tiny, "../../templates/guide.md.mustache",
                        "{{" + text + "}}"},
                        new String[]{"render", "tiny", "--doc", "guide", "--format", "md"}));
    }

    @TempDir
    Path cwd;

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void noHostileTextForgesALineOrReachesATerminal(Place place, String text) throws IOException {
        for (int i = 0; i < place.files().length; i += 2) {
            Path file = cwd.resolve("kits/tiny").resolve(place.files()[i]).normalize();
            Files.createDirectories(file.getParent());
            Files.writeString(file, place.files()[i + 1]);
        }

        CommandResult result = Kitgen.run(cwd, place.command());

        String all = result.out() + result.err();
        String escaped = UserText.escape(text);
        assertThat(all).as("the hostile text is named, escaped").contains(escaped.substring(0, Math.min(5, escaped.length())));
        for (String line : all.split("\n", -1)) {
            assertThat(line).as("a line of kitgen's output").doesNotStartWith("::")
                    .doesNotContainPattern("^kits/tiny/kit.yaml:1:1: error: forged")
                    .isEqualTo(UserText.escape(line));
        }
    }
}
