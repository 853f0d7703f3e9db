package dev.kitgen;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of kitgen's packages, checked on the compiled classes: the command line on
 * top, a use case per command below it, then the stages of the pipeline (load → validate →
 * localize → render → write), and at the bottom the leaves every layer shares (model,
 * diagnostics, files, printer). A broken rule fails with the class and the import at fault.
 */
class ArchitectureTest {

    private static final String[] LEAVES = {"dev.kitgen.model..", "dev.kitgen.diagnostics..",
            "dev.kitgen.files..", "dev.kitgen.printer.."};
    private static final String[] ABOVE_LEAVES = {"dev.kitgen.cli..", "dev.kitgen.usecase..", "dev.kitgen.load..",
            "dev.kitgen.validate..", "dev.kitgen.localize..", "dev.kitgen.render..", "dev.kitgen.write.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.kitgen");
    }

    @Test
    void onlyTheCommandLineKnowsPicocli() {
        check(noClasses().that().resideOutsideOfPackage("dev.kitgen.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli.."));
    }

    @Test
    void nothingBelowTheCommandLineImportsIt() {
        check(noClasses().that().resideOutsideOfPackage("dev.kitgen.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.kitgen.cli.."));
    }

    @Test
    void eachStageUsesOnlyTheStagesBeforeItAndTheLeaves() {
        check(layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("dev.kitgen.cli..")
                .layer("use cases").definedBy("dev.kitgen.usecase..")
                .layer("load").definedBy("dev.kitgen.load..")
                .layer("validate").definedBy("dev.kitgen.validate..")
                .layer("localize").definedBy("dev.kitgen.localize..")
                .layer("render").definedBy("dev.kitgen.render..")
                .layer("write").definedBy("dev.kitgen.write..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("use cases").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("write").mayOnlyBeAccessedByLayers("use cases")
                .whereLayer("render").mayOnlyBeAccessedByLayers("use cases", "cli")
                .whereLayer("localize").mayOnlyBeAccessedByLayers("render", "use cases", "cli")
                .whereLayer("validate").mayOnlyBeAccessedByLayers("use cases", "cli")
                .whereLayer("load").mayOnlyBeAccessedByLayers("validate", "localize", "use cases"));
    }

    @Test
    void renderNeverImportsTheReaders() {
        check(noClasses().that().resideInAPackage("dev.kitgen.render..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.kitgen.load..", "dev.kitgen.validate.."));
    }

    @Test
    void theLeavesImportNoStage() {
        check(noClasses().that().resideInAnyPackage(LEAVES)
                .should().dependOnClassesThat().resideInAnyPackage(ABOVE_LEAVES));
    }

    @Test
    void noPackageImportsOneThatImportsItBack() {
        check(slices().matching("dev.kitgen.(**)").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
