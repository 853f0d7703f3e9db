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

class NewCommandTest {

    @TempDir
    Path cwd;

    @Test
    void theStarterKitValidatesAndRendersAtOnce() throws Exception {
        CommandResult created = Kitgen.run(cwd, "new", "data-engineer");

        assertThat(created).succeeded().wrote("kits/data-engineer/kit.yaml");
        assertThat(created.err()).isEqualTo("next: edit it, check it with 'kitgen validate data-engineer' and see it "
                + "with 'kitgen render data-engineer'\n");
        String kit = Files.readString(cwd.resolve("kits/data-engineer/kit.yaml"));
        assertThat(kit).contains("id: data-engineer", "role: Data Engineer", "# The hiring process, in order.")
                .startsWith("# For completion in your editor: 'kitgen schema > kit.schema.json'");

        assertThat(Kitgen.run(cwd, "validate", "data-engineer", "--strict")).succeeded()
                .errContains("1 kit checked: no problems");
        assertThat(Kitgen.run(cwd, "render", "data-engineer")).succeeded().errIsEmpty()
                .wrote("out/data-engineer/en/guide.html")
                .wrote("out/data-engineer/en/scorecard-deep-dive.md");
    }

    @Test
    void theStarterPointsAtTheSchemaWhenTheFolderHasOne() throws Exception {
        Files.createDirectories(cwd.resolve("templates/schema"));
        Files.writeString(cwd.resolve("templates/schema/kit.schema.json"), "{}");

        assertThat(Kitgen.run(cwd, "new", "data-engineer")).succeeded();

        assertThat(Files.readAllLines(cwd.resolve("kits/data-engineer/kit.yaml")).get(0))
                .isEqualTo("# yaml-language-server: $schema=../../templates/schema/kit.schema.json");
    }

    @Test
    void neverOverwritesAnExistingRole() throws Exception {
        KitFixtures.write(cwd, "tiny", "kit.yaml", KitFixtures.TINY);

        CommandResult result = Kitgen.run(cwd, "new", "tiny");

        assertThat(result).failedUsage().hasNoStackTrace();
        assertThat(result.err()).isEqualTo("kitgen: error: kits/tiny already exists; 'kitgen new' never overwrites "
                + "a role: choose another id, or edit the kit that is there\n");
        assertThat(Files.readString(cwd.resolve("kits/tiny/kit.yaml"))).isEqualTo(KitFixtures.TINY);
    }

    @Test
    void refusesARoleThatIsNotAnId() {
        for (String bad : new String[]{"Data Engineer", "../evil", "data_engineer"}) {
            CommandResult result = Kitgen.run(cwd, "new", bad);

            assertThat(result).failedUsage();
            assertThat(result.err()).isEqualTo("kitgen: error: '" + bad + "' is not a role id; write lowercase "
                    + "letters, digits and single hyphens, such as 'data-engineer'\n");
        }
        assertThat(cwd.resolve("kits")).doesNotExist();
    }

    @Test
    void copiesAnotherRoleWithItsTranslationsAndComments() throws Exception {
        CommandResult result = Kitgen.run(cwd, "new", "senior-ml-engineer", "--from", "ml-engineer");

        assertThat(result).succeeded()
                .wrote("kits/senior-ml-engineer/kit.yaml")
                .wrote("kits/senior-ml-engineer/es.yaml");
        String kit = Files.readString(cwd.resolve("kits/senior-ml-engineer/kit.yaml"));
        assertThat(kit).contains("\nid: senior-ml-engineer\n", "role: Machine Learning Engineer")
                .doesNotContain("id: ml-engineer");
        assertThat(Kitgen.run(cwd, "validate", "--strict")).succeeded()
                .errContains("1 kit checked: no problems");
    }

    @Test
    void anUnknownRoleToCopyIsAUsageErrorThatSuggestsOne() {
        CommandResult result = Kitgen.run(cwd, "new", "x", "--from", "ml-enginer");

        assertThat(result).failedUsage();
        assertThat(result.err()).isEqualTo("kitgen: error: --from ml-enginer: no such role (did you mean "
                + "'ml-engineer'?); roles to copy: account-executive, backend-engineer, data-scientist, ml-engineer, "
                + "product-designer, product-manager, technical-support-engineer\n");
    }

    @Test
    void aKitToCopyThatIsNotUtf8IsPointedAtWhereItsBadByteIs() throws Exception {
        Files.createDirectories(cwd.resolve("kits/sales"));
        Files.write(cwd.resolve("kits/sales/kit.yaml"), "id: sales\nrole: Jefe de ventas\nsummary: Caf\u00e9\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        CommandResult result = Kitgen.run(cwd, "new", "sales-lead", "--from", "sales");

        assertThat(result).failedValidation().hasNoStackTrace();
        assertThat(result.err()).isEqualTo("kits/sales/kit.yaml:3:13: error: file is not valid UTF-8 (byte at this place); "
                + "save the file as UTF-8\n1 error, 0 warnings\n");
        assertThat(cwd.resolve("kits/sales-lead")).doesNotExist();
    }

    @Test
    void aRoleFolderThatCannotBeWrittenIsAProblemNotABug() throws Exception {
        Files.createDirectories(cwd.resolve("kits"));
        Files.createSymbolicLink(cwd.resolve("kits/dd"), cwd.resolve("nowhere"));

        CommandResult result = Kitgen.run(cwd, "new", "dd");

        assertThat(result).failedValidation().hasNoStackTrace().errContains("kits/dd: error: cannot write the new kit: ");
        assertThat(result.err()).doesNotContain("internal error");
        assertThat(cwd.resolve("nowhere")).doesNotExist();
    }
}
