package dev.kitgen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.load.Node;
import dev.kitgen.load.YamlLoader;
import dev.kitgen.model.Kit;
import dev.kitgen.model.Language;
import dev.kitgen.testing.Project;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema is generated from {@link KitFormat}; these tests hold the shipped copies to it and
 * check that the schema and the validator agree on shipped kits and on broken ones.
 */
class KitSchemaTest {

    private static final Path SHIPPED = Project.path("templates/schema");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void theShippedSchemasAreWhatKitgenSchemaPrints() throws IOException {
        assertThat(Files.readString(SHIPPED.resolve("kit.schema.json")))
                .as("templates/schema/kit.schema.json is stale: run 'kitgen schema > templates/schema/kit.schema.json'")
                .isEqualTo(KitSchema.kit());
        assertThat(Files.readString(SHIPPED.resolve("translation.schema.json")))
                .as("templates/schema/translation.schema.json is stale: run "
                        + "'kitgen schema --translation > templates/schema/translation.schema.json'")
                .isEqualTo(KitSchema.translation());
    }

    @Test
    void theShippedKitsPointEditorsAtTheShippedSchemas() throws IOException {
        for (Path file : shippedKitFiles()) {
            String schema = file.getFileName().toString().equals("kit.yaml") ? "kit" : "translation";
            assertThat(Files.readAllLines(file).get(0)).as(file.toString())
                    .isEqualTo("# yaml-language-server: $schema=../../templates/schema/" + schema + ".schema.json");
            assertThat(file.getParent().resolve("../../templates/schema/" + schema + ".schema.json")).exists();
        }
    }

    @Test
    void everyShippedKitAndTranslationPassesTheSchema() throws IOException {
        for (Path file : shippedKitFiles()) {
            boolean kit = file.getFileName().toString().equals("kit.yaml");
            assertThat(problems(kit ? KitSchema.kit() : KitSchema.translation(), file)).as(file.toString()).isEmpty();
        }
        assertThat(problems(KitSchema.kit(), Project.testResource("tiny/kit.yaml"))).isEmpty();
        assertThat(problems(KitSchema.kit(), Project.testResource("golden/tracks-en-es/kits/customer-team/kit.yaml"))).isEmpty();
        assertThat(problems(KitSchema.translation(), Project.testResource("golden/tracks-en-es/kits/customer-team/es.yaml")))
                .isEmpty();
        assertThat(problems(KitSchema.translation(), Project.testResource("tiny/es.yaml"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenKits")
    void aBrokenKitFailsBothTheSchemaAndTheValidator(Path file) throws IOException {
        assertThat(problems(KitSchema.kit(), file)).as("schema problems").isNotEmpty();
        Diagnostics diagnostics = new Diagnostics();
        KitValidator.validate(load(file), "tiny", diagnostics);
        assertThat(diagnostics.hasErrors()).as("validator errors: " + diagnostics.sorted()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTranslations")
    void aBrokenTranslationFailsBothTheSchemaAndTheValidator(Path file) throws IOException {
        assertThat(problems(KitSchema.translation(), file)).as("schema problems").isNotEmpty();
        Diagnostics diagnostics = new Diagnostics();
        Kit kit = KitValidator.validate(load(Project.testResource("tiny/kit.yaml")), "tiny", diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        TranslationValidator.validate(load(file), kit, Language.of("es"), diagnostics);
        assertThat(diagnostics.hasErrors()).as("validator errors: " + diagnostics.sorted()).isTrue();
    }

    static Stream<Named<Path>> brokenKits() throws IOException {
        return list("schema/broken-kits");
    }

    static Stream<Named<Path>> brokenTranslations() throws IOException {
        return list("schema/broken-translations");
    }

    /** The files of a folder below src/test/resources, each named by its path there. */
    private static Stream<Named<Path>> list(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Project.testResource(folder))) {
            List<Path> sorted = files.sorted().toList();
            assertThat(sorted).isNotEmpty();
            return sorted.stream().map(file -> Named.of(folder + "/" + file.getFileName(), file));
        }
    }

    private static List<Path> shippedKitFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Project.path("kits"))) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).isNotEmpty();
            return yaml;
        }
    }

    private static Set<ValidationMessage> problems(String schemaJson, Path yamlFile) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
        JsonNode document = YAML.readTree(yamlFile.toFile());
        return schema.validate(document);
    }

    private static Node load(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        Node node = new YamlLoader().load(dev.kitgen.files.FolderFile.onDisk(file), file.toString(), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        return node;
    }
}
