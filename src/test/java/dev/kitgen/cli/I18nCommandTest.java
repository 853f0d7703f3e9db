package dev.kitgen.cli;

import dev.kitgen.testing.CommandResult;
import dev.kitgen.testing.Kitgen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.kitgen.testing.CommandResultAssert.assertThat;
import static dev.kitgen.testing.KitFixtures.TINY;
import static dev.kitgen.testing.KitFixtures.TINY_ES;
import static dev.kitgen.testing.KitFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

class I18nCommandTest {

    @TempDir
    Path cwd;

    @Test
    void aNewSkeletonShowsAtZeroPercentWithItsFallbackChain() {
        assertThat(Kitgen.run(cwd, "new", "ml-engineer", "--from", "ml-engineer")).succeeded();

        assertThat(Kitgen.run(cwd, "i18n", "skeleton", "ml-engineer", "--lang", "pt-BR"))
                .succeeded().wrote("kits/ml-engineer/pt-BR.yaml")
                .errContains("83 texts to translate added, 0 translated kept");
        CommandResult status = Kitgen.run(cwd, "i18n", "status");

        assertThat(status).succeeded().errIsEmpty();
        assertThat(status.out()).isEqualTo("""
                ROLE         LANG     TRANSLATED  MISSING  STALE  DONE  FALLBACK           UI
                ml-engineer  en       83/83       0        0      100%  (source)           106/106
                ml-engineer  ar       83/83       0        0      100%  ar → en            106/106
                ml-engineer  de       83/83       0        0      100%  de → en            106/106
                ml-engineer  es       83/83       0        0      100%  es → en            106/106
                ml-engineer  fr       83/83       0        0      100%  fr → en            106/106
                ml-engineer  ja       83/83       0        0      100%  ja → en            106/106
                ml-engineer  pt-BR    0/83        83       0      0%    pt-BR → pt → en    106/106
                ml-engineer  zh-Hans  83/83       0        0      100%  zh-Hans → zh → en  106/106
                """);
    }

    @Test
    void theSkeletonHoldsEveryTextWithItsSourceAsAComment() throws Exception {
        write(cwd, "tiny", "kit.yaml", TINY);

        assertThat(Kitgen.run(cwd, "i18n", "skeleton", "tiny", "--lang", "pt-BR")).succeeded();

        assertThat(Files.readString(cwd.resolve("kits/tiny/pt-BR.yaml"))).endsWith("""
                # The pt-BR translation of kit.yaml: translate each text in place. An empty text
                # falls back along pt-BR → pt → en. 'kitgen i18n status' shows what is left.
                kit: 1
                lang: pt-BR
                # en: Tiny Engineer
                role: ""
                # en: Builds tiny things.
                summary: ""

                criteria:
                  coding:
                    # en: Writes code
                    title: ""
                    anchors:
                      # en: Cannot write a loop.
                      1: ""
                      # en: Writes code others extend.
                      4: ""
                  design:
                    # en: Designs systems
                    title: ""

                stages:
                  screen:
                    # en: Screen
                    title: ""
                    questions:
                      warmup:
                        # en: Tell us about a bug you fixed.
                        ask: ""
                  onsite:
                    # en: Onsite
                    title: ""

                tips:
                  listen:
                    # en: Listen more than you talk.
                    text: ""
                """);
        assertThat(Kitgen.run(cwd, "validate")).succeeded().errContains(
                "kits/tiny/pt-BR.yaml:1:1: warning: 10 texts not translated into 'pt-BR'; falling back to en (first: role)");
    }

    @Test
    void anExistingTranslationKeepsWhatIsTranslatedAndGainsWhatIsMissing() throws Exception {
        write(cwd, "tiny", "kit.yaml", TINY);
        write(cwd, "tiny", "es.yaml", TINY_ES
                .replace("tips:\n  listen:\n    text: Escucha más de lo que hablas.\n", "")
                .replace("  onsite:\n", "  lunch:\n    title: Almuerzo\n  onsite:\n"));

        CommandResult result = Kitgen.run(cwd, "i18n", "skeleton", "tiny", "--lang", "es");

        assertThat(result).succeeded().wrote("kits/tiny/es.yaml");
        assertThat(result.err()).isEqualTo("1 text to translate added, 9 translated kept; see what is left with "
                + "'kitgen i18n status tiny'\n");
        String es = Files.readString(cwd.resolve("kits/tiny/es.yaml"));
        assertThat(es).contains("""
                  onsite:
                    # en: Onsite
                    title: Presencial
                  lunch:
                    # stale: kit.yaml has no text 'stages.lunch.title'; move this text to the id
                    #        kit.yaml uses now, or remove it
                    title: Almuerzo
                """, """
                tips:
                  listen:
                    # en: Listen more than you talk.
                    text: ""
                """, "    ask: Háblanos de un error que corregiste.\n");
        assertThat(Kitgen.run(cwd, "i18n", "status", "tiny").out()).contains(
                "tiny  es    9/10        1        1      90%   es → en   106/106\n");
    }

    @Test
    void theTranslatorsOwnCommentsStayAboveTheirKeys() throws Exception {
        write(cwd, "tiny", "kit.yaml", TINY);
        write(cwd, "tiny", "es.yaml", TINY_ES
                .replace("tips:\n  listen:\n    text: Escucha más de lo que hablas.\n", "")
                .replace("criteria:\n", "# Términos acordados con el equipo de RR. HH.\ncriteria:\n")
                .replace("  onsite:\n    title: Presencial\n",
                        "  onsite:\n    # en: Onsite\n    # nota: así lo llaman en la oficina de Madrid\n"
                                + "    title: Presencial\n"));

        assertThat(Kitgen.run(cwd, "i18n", "skeleton", "tiny", "--lang", "es")).succeeded();

        String es = Files.readString(cwd.resolve("kits/tiny/es.yaml"));
        assertThat(es).contains("""

                # Términos acordados con el equipo de RR. HH.
                criteria:
                """, """
                  onsite:
                    # nota: así lo llaman en la oficina de Madrid
                    # en: Onsite
                    title: Presencial
                """);
        // The skeleton's own comment is written once, not kept as a note as well.
        assertThat(es.split("# en: Onsite", -1)).hasSize(2);
        // Run again: nothing is missing, so the file stays as it is, notes included.
        assertThat(Kitgen.run(cwd, "i18n", "skeleton", "tiny", "--lang", "es")).succeeded();
        assertThat(Files.readString(cwd.resolve("kits/tiny/es.yaml"))).isEqualTo(es);
    }

    @Test
    void aCompleteTranslationIsLeftAsItIs() throws Exception {
        write(cwd, "tiny", "kit.yaml", TINY);
        write(cwd, "tiny", "es.yaml", TINY_ES);

        CommandResult result = Kitgen.run(cwd, "i18n", "skeleton", "tiny", "--lang", "es");

        assertThat(result).succeeded();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("kits/tiny/es.yaml already has every text of the kit; nothing to add\n");
        assertThat(Files.readString(cwd.resolve("kits/tiny/es.yaml"))).isEqualTo(TINY_ES);
    }

    @Test
    void theBuiltInKitsAreNotChanged() {
        CommandResult result = Kitgen.run(cwd, "i18n", "skeleton", "ml-engineer", "--lang", "fr");

        assertThat(result).failedUsage();
        assertThat(result.err()).isEqualTo("kitgen: error: the built-in kits cannot be changed; copy the role into "
                + "./kits first with 'kitgen new ml-engineer --from ml-engineer'\n");
    }

    @Test
    void theLanguageMustBeATagOtherThanTheKitsOwn() {
        write(cwd, "tiny", "kit.yaml", TINY);

        assertThat(Kitgen.run(cwd, "i18n", "skeleton", "tiny", "--lang", "Portuguese")).failedUsage()
                .errContains("'Portuguese' is not a language tag");
        assertThat(Kitgen.run(cwd, "i18n", "skeleton", "tiny", "--lang", "en")).failedUsage()
                .errContains("kit.yaml of 'tiny' is written in 'en'; name the language to translate it into");
        assertThat(cwd.resolve("kits/tiny/en.yaml")).doesNotExist();
    }

    @Test
    void statusMarksAKitThatDoesNotValidate() {
        write(cwd, "tiny", "kit.yaml", TINY.replace("title: Screen", "titel: Screen"));

        CommandResult result = Kitgen.run(cwd, "i18n", "status");

        assertThat(result).failedValidation();
        assertThat(result.out()).isEqualTo("""
                ROLE  LANG  TRANSLATED  MISSING  STALE  DONE  FALLBACK                               UI
                tiny                                          (invalid: run 'kitgen validate tiny')
                """);
    }

    @Test
    void statusShowsTheUiCatalogOfEachLanguageAndHowToStartAMissingOne() {
        write(cwd, "tiny", "kit.yaml", TINY);
        write(cwd, "tiny", "es.yaml", TINY_ES);
        write(cwd, "tiny", "th.yaml", "kit: 1\nlang: th\n");

        CommandResult status = Kitgen.run(cwd, "i18n", "status");

        assertThat(status).succeeded().errIsEmpty();
        assertThat(status.out()).isEqualTo("""
                ROLE  LANG  TRANSLATED  MISSING  STALE  DONE  FALLBACK  UI
                tiny  en    10/10       0        0      100%  (source)  106/106
                tiny  es    10/10       0        0      100%  es → en   106/106
                tiny  th    0/10        10       0      0%    th → en   none
                UI th: no catalog, headings and labels are in en; 'kitgen i18n skeleton --catalog th' writes \
                templates/messages/th.yaml to fill in
                """);
    }

    @Test
    void theCatalogSkeletonHoldsEveryMessageWithTheEnglishAndThePluralCategories() throws Exception {
        CommandResult result = Kitgen.run(cwd, "i18n", "skeleton", "--catalog", "pl-SI");

        // pl-SI falls back to the shipped Polish catalog, which lacks nothing.
        assertThat(result).succeeded().errContains("'pl-SI' already has every UI message along pl-SI → pl → en");
        assertThat(cwd.resolve("templates")).doesNotExist();

        result = Kitgen.run(cwd, "i18n", "skeleton", "--catalog", "cy");

        assertThat(result).succeeded().wrote("templates/messages/cy.yaml")
                .errContains("106 messages to translate added, 0 translated kept");
        String cy = Files.readString(cwd.resolve("templates/messages/cy.yaml"));
        assertThat(cy).startsWith("""
                # kitgen's UI in cy: translate each message in place, as you would write it in a hiring
                # document. An empty message falls back along cy → en.
                """).contains("""
                lang: cy
                labels:
                  # en: Interviewer guide
                  interviewerGuide: ""
                """, """
                  # en: {days, plural, one {# day} other {# days}}
                  # plural categories of cy: zero, one, two, few, many, other
                  days: ""
                """);
        // Still empty, the catalog changes nothing: every message falls back to English.
        CommandResult render = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "cy", "--doc", "guide",
                "--format", "md", "--stdout");
        assertThat(render).succeeded().outContains("# Interviewer guide: Machine Learning Engineer");
    }

    @Test
    void theCatalogSkeletonKeepsWhatIsTranslatedAndAddsWhatIsMissing() throws Exception {
        Files.createDirectories(cwd.resolve("templates/messages"));
        Files.writeString(cwd.resolve("templates/messages/cy.yaml"), "lang: cy\nlabels:\n  lookFor: Beth i chwilio amdano\n"
                + "  tips: \"\"\n  retired: Hen neges\n");

        CommandResult result = Kitgen.run(cwd, "i18n", "skeleton", "--catalog", "cy");

        assertThat(result).succeeded().errContains("105 messages to translate added, 2 translated kept");
        String cy = Files.readString(cwd.resolve("templates/messages/cy.yaml"));
        assertThat(cy).contains("""
                  # en: What to look for
                  lookFor: Beth i chwilio amdano
                """, """
                  # en: Interview tips
                  tips: ""
                """, """
                  # stale: the English catalog has no message 'retired'; remove it
                  retired: Hen neges
                """);
        CommandResult status = Kitgen.run(cwd, "i18n", "status", "ml-engineer");
        assertThat(status.out()).doesNotContain("UI cy");
        CommandResult render = Kitgen.run(cwd, "render", "ml-engineer", "--lang", "cy", "--doc", "guide",
                "--format", "md", "--stdout");
        assertThat(render).succeeded().outContains("## Beth i chwilio amdano", "## Interview tips");
    }

    @Test
    void aCatalogBelongsToNoRole() {
        assertThat(Kitgen.run(cwd, "i18n", "skeleton", "ml-engineer", "--catalog", "cy")).failedUsage()
                .errContains("--catalog starts a UI catalog, which belongs to no role; leave out 'ml-engineer'");
        assertThat(Kitgen.run(cwd, "i18n", "skeleton", "ml-engineer")).failedUsage()
                .errContains("name the role and the language to translate it into");
        assertThat(Kitgen.run(cwd, "i18n", "skeleton", "--catalog", "Welsh")).failedUsage()
                .errContains("'Welsh' is not a language tag");
    }
}
