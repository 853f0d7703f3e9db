package dev.kitgen.localize;

import com.ibm.icu.text.MessagePattern;
import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.files.Folder;
import dev.kitgen.load.CatalogFiles;
import dev.kitgen.model.Language;
import dev.kitgen.testing.Project;
import dev.kitgen.usecase.Catalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI catalogs kitgen ships in {@code templates/messages/}: each a whole translation of
 * {@code en.yaml}, with the plural categories its language uses and no other. When a key is
 * added to {@code en.yaml}, the failure lists, per catalog, the keys it still lacks.
 */
class ShippedCatalogsTest {

    /** The languages the issue asks for, besides en and es: none may go missing. */
    private static final List<String> PROMISED = List.of("de", "fr", "it", "pt", "nl", "pl", "ru", "uk", "ar", "he",
            "ja", "zh-Hans", "ko");

    /**
     * Messages that may read as in English because they are not words: a symbol, the colon
     * after a label, and the separator of Latin-script lists.
     */
    private static final Set<String> NOT_WORDS = Set.of("coverage.mark", "listSeparator", "colon", "stepSeparator",
            "barSeparator", "barFor", "roleOnPath");

    /**
     * Messages that are the same word in the language as in English (French "Notes", "Date",
     * "Question"; Dutch "Interviewer"), or the same abbreviations ("h", "min": French, Italian,
     * Portuguese and Spanish write "1 h 30 min" as English does), by {@code lang:key}.
     */
    private static final Set<String> SAME_AS_ENGLISH = Set.of(
            "fr:notes", "fr:date", "fr:question", "fr:questions", "fr:hoursMinutes",
            "it:hoursMinutes", "pt:hoursMinutes", "es:hoursMinutes", "nl:interviewer");

    private final List<Folder> shipped = List.of(Folder.onDisk(Project.path("templates"), Project.folder()));

    @Test
    void theIssuesLanguagesAllHaveACatalog() {
        assertThat(CatalogFiles.languages(shipped)).map(Language::tag).contains(PROMISED.toArray(String[]::new));
    }

    @Test
    void everyCatalogHasExactlyTheKeysOfTheEnglishOneAndTranslatesThem() {
        Map<String, String> english = messages(Catalog.BASE);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (Language lang : CatalogFiles.languages(shipped)) {
            if (lang.equals(Catalog.BASE)) continue;
            Map<String, String> own = messages(lang);
            List<String> found = new ArrayList<>();
            // A regional catalog (pt-PT beside pt) holds only what differs from its parent's.
            boolean regional = lang.parent().filter(CatalogFiles.languages(shipped)::contains).isPresent();
            Set<String> missing = new TreeSet<>(english.keySet());
            missing.removeAll(own.keySet());
            if (!regional && !missing.isEmpty()) found.add("missing " + missing);
            Set<String> extra = new TreeSet<>(own.keySet());
            extra.removeAll(english.keySet());
            if (!extra.isEmpty()) found.add("not in en.yaml " + extra);
            Set<String> untranslated = new TreeSet<>();
            own.forEach((key, text) -> {
                if (text.equals(english.get(key)) && !NOT_WORDS.contains(key)
                        && !SAME_AS_ENGLISH.contains(lang.primary() + ":" + key)) {
                    untranslated.add(key);
                }
            });
            if (!untranslated.isEmpty()) found.add("the same as in English " + untranslated);
            if (!found.isEmpty()) problems.put("templates/messages/" + lang + ".yaml", found);
        }
        assertNoProblems(problems, "catalogs that differ from en.yaml in their keys (translate what is missing into "
                + "each, as en.yaml's comment says)");
    }

    @Test
    void everyPluralMessageHasTheCategoriesOfItsLanguageAndNoOthers() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (Language lang : CatalogFiles.languages(shipped)) {
            Set<String> categories = new TreeSet<>(lang.pluralRules().getKeywords());
            List<String> found = new ArrayList<>();
            formats(lang).forEach((key, pattern) -> {
                for (Set<String> used : pluralCategories(pattern)) {
                    if (!used.equals(categories)) {
                        found.add(key + " has " + used + ", " + lang + " uses " + categories);
                    }
                }
            });
            if (!found.isEmpty()) problems.put("templates/messages/" + lang + ".yaml", found);
        }
        assertNoProblems(problems, "plural messages whose categories are not their language's");
    }

    @Test
    void everyCatalogNamesItsOwnLanguage() {
        for (Language lang : CatalogFiles.languages(shipped)) {
            assertThat(Project.path("templates/messages/" + lang + ".yaml")).content()
                    .as(lang + ".yaml").containsPattern("(?m)^lang: " + lang + "$");
        }
    }

    @Test
    void europeanPortugueseChangesOnlyWhatDiffersFromBrazilian() {
        Diagnostics diagnostics = new Diagnostics();
        Catalog ptPt = Catalogs.load(Language.of("pt-PT"), shipped, diagnostics);
        Catalog ptBr = Catalogs.load(Language.of("pt-BR"), shipped, diagnostics);

        assertThat(ptPt.label("tips")).isEqualTo("Conselhos para a entrevista");
        assertThat(ptBr.label("tips")).isEqualTo("Dicas para a entrevista");
        assertThat(ptPt.label("scorecard")).isEqualTo(ptBr.label("scorecard")).isEqualTo("Ficha de avaliação");
        // Durations come from pt.yaml, formatted by its rules.
        assertThat(ptPt.format("hours", Map.of("hours", 2))).isEqualTo("2 horas");
        assertThat(ptPt.formatLang("hours")).isEqualTo(Language.of("pt"));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    /**
     * Durations in every shipped language, by CLDR's categories: 0, 1, 2, 5, 22 and 101 of
     * minutes, hours and days, each list in that order.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', textBlock = """
            en;      minutes; 0 minutes|1 minute|2 minutes|5 minutes|22 minutes|101 minutes
            en;      hours;   0 hours|1 hour|2 hours|5 hours|22 hours|101 hours
            en;      days;    0 days|1 day|2 days|5 days|22 days|101 days
            es;      minutes; 0 minutos|1 minuto|2 minutos|5 minutos|22 minutos|101 minutos
            es;      hours;   0 horas|1 hora|2 horas|5 horas|22 horas|101 horas
            es;      days;    0 días|1 día|2 días|5 días|22 días|101 días
            de;      minutes; 0 Minuten|1 Minute|2 Minuten|5 Minuten|22 Minuten|101 Minuten
            de;      hours;   0 Stunden|1 Stunde|2 Stunden|5 Stunden|22 Stunden|101 Stunden
            de;      days;    0 Tage|1 Tag|2 Tage|5 Tage|22 Tage|101 Tage
            fr;      minutes; 0 minute|1 minute|2 minutes|5 minutes|22 minutes|101 minutes
            fr;      hours;   0 heure|1 heure|2 heures|5 heures|22 heures|101 heures
            fr;      days;    0 jour|1 jour|2 jours|5 jours|22 jours|101 jours
            it;      minutes; 0 minuti|1 minuto|2 minuti|5 minuti|22 minuti|101 minuti
            it;      hours;   0 ore|1 ora|2 ore|5 ore|22 ore|101 ore
            it;      days;    0 giorni|1 giorno|2 giorni|5 giorni|22 giorni|101 giorni
            pt;      minutes; 0 minutos|1 minuto|2 minutos|5 minutos|22 minutos|101 minutos
            pt;      hours;   0 horas|1 hora|2 horas|5 horas|22 horas|101 horas
            pt;      days;    0 dias|1 dia|2 dias|5 dias|22 dias|101 dias
            nl;      minutes; 0 minuten|1 minuut|2 minuten|5 minuten|22 minuten|101 minuten
            nl;      hours;   0 uur|1 uur|2 uur|5 uur|22 uur|101 uur
            nl;      days;    0 dagen|1 dag|2 dagen|5 dagen|22 dagen|101 dagen
            pl;      minutes; 0 minut|1 minuta|2 minuty|5 minut|22 minuty|101 minut
            pl;      hours;   0 godzin|1 godzina|2 godziny|5 godzin|22 godziny|101 godzin
            pl;      days;    0 dni|1 dzień|2 dni|5 dni|22 dni|101 dni
            ru;      minutes; 0 минут|1 минута|2 минуты|5 минут|22 минуты|101 минута
            ru;      hours;   0 часов|1 час|2 часа|5 часов|22 часа|101 час
            ru;      days;    0 дней|1 день|2 дня|5 дней|22 дня|101 день
            uk;      minutes; 0 хвилин|1 хвилина|2 хвилини|5 хвилин|22 хвилини|101 хвилина
            uk;      hours;   0 годин|1 година|2 години|5 годин|22 години|101 година
            uk;      days;    0 днів|1 день|2 дні|5 днів|22 дні|101 день
            ar;      minutes; 0 دقيقة|دقيقة واحدة|دقيقتان|5 دقائق|22 دقيقة|101 دقيقة
            ar;      hours;   0 ساعة|ساعة واحدة|ساعتان|5 ساعات|22 ساعة|101 ساعة
            ar;      days;    0 يوم|يوم واحد|يومان|5 أيام|22 يومًا|101 يوم
            he;      minutes; 0 דקות|דקה אחת|שתי דקות|5 דקות|22 דקות|101 דקות
            he;      hours;   0 שעות|שעה אחת|שעתיים|5 שעות|22 שעות|101 שעות
            he;      days;    0 ימים|יום אחד|יומיים|5 ימים|22 ימים|101 ימים
            ja;      minutes; 0分|1分|2分|5分|22分|101分
            ja;      hours;   0時間|1時間|2時間|5時間|22時間|101時間
            ja;      days;    0日間|1日間|2日間|5日間|22日間|101日間
            zh-Hans; minutes; 0 分钟|1 分钟|2 分钟|5 分钟|22 分钟|101 分钟
            zh-Hans; hours;   0 小时|1 小时|2 小时|5 小时|22 小时|101 小时
            zh-Hans; days;    0 天|1 天|2 天|5 天|22 天|101 天
            ko;      minutes; 0분|1분|2분|5분|22분|101분
            ko;      hours;   0시간|1시간|2시간|5시간|22시간|101시간
            ko;      days;    0일|1일|2일|5일|22일|101일
            """)
    void durationsFollowTheLanguagesPluralRules(String tag, String unit, String expected) {
        Diagnostics diagnostics = new Diagnostics();
        Catalog catalog = Catalogs.load(Language.of(tag), shipped, diagnostics);

        List<String> formatted = List.of(0, 1, 2, 5, 22, 101).stream()
                .map(n -> catalog.format(unit, Map.of(unit, n))).toList();

        assertThat(formatted).containsExactly(expected.split("\\|"));
        assertThat(catalog.formatLang(unit)).isEqualTo(Language.of(tag));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    /** Fails with one line per catalog file and what is wrong with it, when anything is. */
    private static void assertNoProblems(Map<String, List<String>> problems, String what) {
        StringBuilder message = new StringBuilder(what).append(":\n");
        problems.forEach((file, found) -> message.append("  ").append(file).append(": ")
                .append(String.join("; ", found)).append('\n'));
        assertThat(problems).withFailMessage(message.toString()).isEmpty();
    }

    /** Every label and format of the one catalog file of {@code lang}, by name. */
    private Map<String, String> messages(Language lang) {
        Map<String, String> all = new LinkedHashMap<>();
        CatalogFiles.Entries entries = CatalogFiles.read(List.of(lang), shipped, new Diagnostics());
        entries.labels().forEach((k, e) -> all.put(k, e.text().value()));
        entries.formats().forEach((k, e) -> all.put(k, e.text().value()));
        return all;
    }

    /** The formats (ICU patterns) of the one catalog file of {@code lang}, by name. */
    private Map<String, String> formats(Language lang) {
        Map<String, String> formats = new LinkedHashMap<>();
        CatalogFiles.read(List.of(lang), shipped, new Diagnostics()).formats()
                .forEach((k, e) -> formats.put(k, e.text().value()));
        return formats;
    }

    /** The plural categories each plural argument of {@code pattern} has cases for (its {@code =n} cases aside). */
    private static List<Set<String>> pluralCategories(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<Set<String>> arguments = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START
                    || part.getArgType() != MessagePattern.ArgType.PLURAL) continue;
            Set<String> used = new TreeSet<>();
            int limit = parsed.getLimitPartIndex(i);
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part p = parsed.getPart(j);
                if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR && !parsed.getSubstring(p).startsWith("=")) {
                    used.add(parsed.getSubstring(p));
                }
                if (p.getType() == MessagePattern.Part.Type.MSG_START) j = parsed.getLimitPartIndex(j);
            }
            arguments.add(used);
        }
        return arguments;
    }
}
