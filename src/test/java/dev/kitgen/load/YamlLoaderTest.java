package dev.kitgen.load;

import dev.kitgen.diagnostics.Diagnostic;
import dev.kitgen.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class YamlLoaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<Node> parse(String yaml) {
        return new YamlLoader().parse(yaml.getBytes(StandardCharsets.UTF_8), "kit.yaml", diagnostics);
    }

    private List<String> problems() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void keysAndValuesCarryTheirLineAndColumn() {
        Node root = parse("kit: 1\nstages:\n  - id: screen\n    minutes: 30\n").orElseThrow();

        Node.Mapping kit = (Node.Mapping) root;
        Node.Entry stages = kit.entry("stages").orElseThrow();
        assertThat(stages.keyLocation()).hasToString("kit.yaml:2:1");
        Node.Mapping stage = (Node.Mapping) ((Node.Sequence) stages.value()).items().get(0);
        Node.Entry minutes = stage.entry("minutes").orElseThrow();
        assertThat(minutes.keyLocation()).hasToString("kit.yaml:4:5");
        assertThat(minutes.value().location()).hasToString("kit.yaml:4:14");
        assertThat(((Node.Scalar) minutes.value()).type()).isEqualTo(Node.Scalar.Type.INTEGER);
        assertThat(problems()).isEmpty();
    }

    @Test
    void aSyntaxErrorPointsAtTheCharacterAtFault() {
        // The colon after 'Explains' is at line 2, column 16.
        assertThat(parse("kit: 1\ntitle: Explains: things\n")).isEmpty();

        assertThat(problems()).containsExactly("kit.yaml:2:16: error: YAML syntax: mapping values are not allowed here");
    }

    @Test
    void aTabPointsAtTheTabAndSaysToIndentWithSpaces() {
        assertThat(parse("kit: 1\nid:\tx\n")).isEmpty();

        assertThat(problems()).singleElement().asString()
                .startsWith("kit.yaml:2:4: error: YAML syntax: found character '\\t(TAB)' that cannot start any token")
                .endsWith("; indent with spaces, not tabs");
    }

    @Test
    void anUnclosedListNamesWhereItOpened() {
        assertThat(parse("kit: 1\nassesses: [coding, talking\nstages: []\n")).isEmpty();

        assertThat(problems()).containsExactly(
                "kit.yaml:3:7: error: YAML syntax: expected ',' or ']', but got : (while parsing a flow sequence)");
    }

    @Test
    void aDuplicateKeyIsReportedAtTheSecondKeyAndTheFirstIsKept() {
        Node root = parse("id: first\nrole: x\nid: second\n").orElseThrow();

        assertThat(problems()).containsExactly("kit.yaml:3:1: error: duplicate key 'id' (first written at line 1); keep only one");
        assertThat(((Node.Scalar) ((Node.Mapping) root).entry("id").orElseThrow().value()).value()).isEqualTo("first");
    }

    @Test
    void tagsAreRefused() {
        assertThat(parse("kit: !!python/object 1\n")).isEmpty();

        assertThat(problems()).singleElement().asString()
                .startsWith("kit.yaml:1:6: error: YAML tags such as '!").endsWith("are not allowed in a kit; remove the tag and write the value as plain text");
    }

    @Test
    void anEmptyFileSaysWhatToWrite() {
        assertThat(parse("# nothing yet\n")).isEmpty();

        assertThat(problems()).containsExactly("kit.yaml:1:1: error: file is empty; expected a mapping such as 'kit: 1'");
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAsSuch() {
        byte[] latin1 = "role: Ingeniero de aprendizaje autom\u00e1tico\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(new YamlLoader().parse(latin1, "kit.yaml", diagnostics)).isEmpty();

        assertThat(problems()).containsExactly(
                "kit.yaml:1:37: error: file is not valid UTF-8 (byte at this place); save the file as UTF-8");
    }

    @Test
    void anAliasBombDoesNotExpand() {
        // Ten levels of ten aliases each would be 10^10 values if expanded.
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            yaml.append("]\n");
            previous = c;
        }

        Optional<Node> root = parse(yaml.toString());

        // Either the loader refuses the file with a reason, or it reads a tree no bigger than the text.
        if (root.isEmpty()) {
            assertThat(problems()).isNotEmpty();
        } else {
            assertThat(size(root.get())).isLessThan(200);
        }
    }

    private static int size(Node node) {
        if (node instanceof Node.Mapping m) return 1 + m.entries().stream().mapToInt(e -> size(e.value())).sum();
        if (node instanceof Node.Sequence s) return 1 + s.items().stream().mapToInt(YamlLoaderTest::size).sum();
        return 1;
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        assertThat(parse("\uFEFFkit: 1\n")).isPresent();
        assertThat(problems()).isEmpty();
    }
}
