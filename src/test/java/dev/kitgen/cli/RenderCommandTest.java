package dev.kitgen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.kitgen.cli.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class RenderCommandTest {

    @TempDir
    Path cwd;

    @Test
    void rendersTheBuiltInKitInSpanish() throws Exception {
        CommandResult result = CommandResult.run(cwd, "render", "ml-engineer", "--lang", "es");

        assertThat(result).succeeded()
                .wrote("out/ml-engineer/es/guide.md")
                .wrote("out/ml-engineer/es/guide.html")
                .wrote("out/ml-engineer/es/scorecard-fundamentals-screen.md")
                .wrote("out/ml-engineer/es/scorecard-system-design.html")
                .errIsEmpty();
        String guide = Files.readString(cwd.resolve("out/ml-engineer/es/guide.md"));
        assertThat(guide).contains("## Qué buscar", "## El proceso de contratación",
                "## Consejos para la entrevista", "## Señales de alerta", "45 minutos");
    }

    @Test
    void unknownRoleIsAUsageErrorThatListsTheKnownRoles() {
        CommandResult result = CommandResult.run(cwd, "render", "ml-enginer");

        assertThat(result).failedUsage()
                .errContains("unknown role 'ml-enginer'", "did you mean 'ml-engineer'?", "known roles: ml-engineer")
                .hasNoStackTrace();
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void aBrokenCatalogIsReportedTogetherWithTheKitsProblems() throws Exception {
        String shipped;
        try (var in = getClass().getResourceAsStream("/kitgen/kits/ml-engineer/kit.yaml")) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // One broken kit, and one good one whose rendering needs the catalog.
        Files.createDirectories(cwd.resolve("kits/ml-engineer"));
        Files.writeString(cwd.resolve("kits/ml-engineer/kit.yaml"), shipped.replaceFirst("\nsummary:", "\nsummery:"));
        Files.createDirectories(cwd.resolve("kits/other"));
        Files.writeString(cwd.resolve("kits/other/kit.yaml"), shipped.replaceFirst("\nid: ml-engineer", "\nid: other"));
        Files.createDirectories(cwd.resolve("templates/messages"));
        Files.writeString(cwd.resolve("templates/messages/en.yaml"), "labels: [not, a, mapping]\n");

        CommandResult result = CommandResult.run(cwd, "render", "--all", "--format", "md");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("kits/ml-engineer/kit.yaml:", "unknown key 'summery'", "templates/messages/en.yaml:1:");
    }
}
