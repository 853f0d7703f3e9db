package dev.kitgen.load;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.kitgen.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limits configured on SnakeYAML and Jackson, checked on the raw parser (without kitgen's
 * own checks in front of them), and the one they cannot enforce.
 */
class YamlLoaderLimitsTest {

    private final YamlLoader loader = new YamlLoader();

    @Test
    void theLibrariesStopNestingJustAboveKitgensOwnLimit() throws IOException {
        String deep = "[".repeat(YamlLoader.MAX_DEPTH + 3) + "]".repeat(YamlLoader.MAX_DEPTH + 3);

        assertThatThrownBy(() -> readAll(deep)).hasMessageContaining("esting");
        assertThat(readAll("[".repeat(YamlLoader.MAX_DEPTH + 1) + "]".repeat(YamlLoader.MAX_DEPTH + 1))).isNotEmpty();
    }

    @Test
    void theLibrariesStopADocumentLongerThanTheSizeLimit() {
        String big = "a: \"" + "x".repeat(YamlLoader.MAX_FILE_BYTES + 10) + "\"";

        assertThatThrownBy(() -> readAll(big)).hasMessageContaining("limit");
    }

    /**
     * Why kitgen resolves aliases itself: Jackson's streaming parser never expands them, so
     * SnakeYAML's {@code maxAliasesForCollections} never bites, and an alias arrives as the
     * text of its name.
     */
    @Test
    void theStreamingParserHandsAnAliasBackAsItsNameSoKitgenResolvesIt() throws IOException {
        String yaml = "a: &list [x, y]\nb: *list\n";

        assertThat(readAll(yaml)).containsSubsequence("FIELD_NAME b", "VALUE_STRING list");
        Node.Mapping root = (Node.Mapping) loader.parse(yaml.getBytes(), "t.yaml", new Diagnostics()).orElseThrow();
        assertThat(root.entry("b").orElseThrow().value()).isInstanceOf(Node.Sequence.class)
                .isSameAs(root.entry("a").orElseThrow().value());
    }

    private List<String> readAll(String yaml) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (YAMLParser parser = loader.factory().createParser(yaml)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                tokens.add(t + " " + parser.getText());
            }
        }
        return tokens;
    }
}
