package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import dev.kitgen.testing.KitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class RenderCommandTest {

    @TempDir
    Path cwd;

    @Test
    void rendersTheBuiltInKitInSpanish() throws Exception {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "es");

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
        CommandResult result = Kitgen.run(cwd, "render", "ml-enginer");

        assertThat(result).failedUsage()
                .errContains("unknown role 'ml-enginer'", "did you mean 'ml-engineer'?", "known roles: account-executive, backend-engineer, data-scientist, ml-engineer, product-designer, product-manager, technical-support-engineer")
                .hasNoStackTrace();
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void aRoleNamedWithAllIsAUsageErrorSayingWhichToUse() {
        CommandResult result = Kitgen.run(cwd, "render", "ml-engineer", "--all");

        assertThat(result).failedUsage().hasNoStackTrace().errLinesAre("kitgen: error: --all renders every role, so "
                + "ml-engineer would be ignored; use either 'kitgen render ml-engineer' or 'kitgen render --all'");
        assertThat(cwd.resolve("out")).doesNotExist();
    }

    @Test
    void aBrokenCatalogIsReportedTogetherWithTheKitsProblems() throws Exception {
        // One broken kit, and one good one whose rendering needs the catalog.
        KitFixtures.write(cwd, "ml-engineer", "kit.yaml", KitFixtures.shippedKit().replaceFirst("\nsummary:", "\nsummery:"));
        KitFixtures.write(cwd, "other", "kit.yaml", KitFixtures.shippedAs("other"));
        Files.createDirectories(cwd.resolve("templates/messages"));
        Files.writeString(cwd.resolve("templates/messages/en.yaml"), "labels: [not, a, mapping]\n");

        CommandResult result = Kitgen.run(cwd, "render", "--all", "--format", "md");

        assertThat(result).failedValidation().hasNoStackTrace()
                .errContains("kits/ml-engineer/kit.yaml:", "unknown key 'summery'", "templates/messages/en.yaml:1:");
    }
}
