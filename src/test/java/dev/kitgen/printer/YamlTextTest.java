package dev.kitgen.printer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class YamlTextTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @ParameterizedTest
    @ValueSource(strings = {"", "Escribe código", "yes", "No", "null", "~", "true", "on", "123", "1.5", "2024-01-01",
            "1:30", "a: b", "a #b", "#x", "- item", "[x]", "{x}", "*alias", "&anchor", "!tag", "|pipe", ">fold",
            "'quoted'", "\"dq\"", "ends with:", "ends with space ", " starts with space", "tab\there", "new\nline",
            "¿Qué haces?", "¡Hola!", "%percent", "@at", "`tick", "back\\slash", "It's fine, really: isn't it?",
            "Pregunta «¿Cómo detectarías la deriva del modelo (drift) en producción?»: pone a prueba la madurez "
                    + "operativa y la capacidad de diagnóstico de la persona candidata.",
            "A long text with  two spaces somewhere that cannot be folded without changing it, so it is quoted "
                    + "instead of being folded.",
            "# A long text that starts like a comment and runs on for well over one line of the file: folded "
                    + "lines keep it as text."})
    void whatIsWrittenReadsBackAsTheSameText(String value) throws Exception {
        String yaml = "parent:\n" + YamlText.entry(2, "key", value);

        JsonNode read = YAML.readTree(yaml);

        assertThat(read.get("parent").get("key").asText()).as(yaml).isEqualTo(value);
    }

    @Test
    void plainWhenSafeQuotedOrFoldedOtherwise() {
        assertThat(YamlText.entry(0, "title", "Escribe código")).isEqualTo("title: Escribe código\n");
        assertThat(YamlText.entry(0, "title", "yes")).isEqualTo("title: \"yes\"\n");
        assertThat(YamlText.entry(0, "title", "")).isEqualTo("title: \"\"\n");
        assertThat(YamlText.entry(4, "text", "word ".repeat(30).strip())).isEqualTo("""
                    text: >-
                      word word word word word word word word word word word word word word word word
                      word word word word word word word word word word word word word word
                """);
    }

    @Test
    void commentsWrapUnderTheirLabel() {
        assertThat(YamlText.comment(2, "en", "word ".repeat(25).strip())).isEqualTo("""
                  # en: word word word word word word word word word word word word word word word word
                  #     word word word word word word word word word
                """);
    }
}
