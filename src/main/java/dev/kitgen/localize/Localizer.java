package dev.kitgen.localize;

import dev.kitgen.localize.Views.AnchorView;
import dev.kitgen.localize.Views.CoverageCell;
import dev.kitgen.localize.Views.CoverageRow;
import dev.kitgen.localize.Views.CoverageTable;
import dev.kitgen.localize.Views.CriterionView;
import dev.kitgen.localize.Views.DocumentInfo;
import dev.kitgen.localize.Views.QuestionView;
import dev.kitgen.localize.Views.RatingView;
import dev.kitgen.localize.Views.RedFlagView;
import dev.kitgen.localize.Views.StageView;
import dev.kitgen.model.Criterion;
import dev.kitgen.model.Kit;
import dev.kitgen.model.KitBundle;
import dev.kitgen.model.Language;
import dev.kitgen.model.Length;
import dev.kitgen.model.ProcessTime;
import dev.kitgen.model.Question;
import dev.kitgen.model.RedFlag;
import dev.kitgen.model.RichText;
import dev.kitgen.model.Stage;
import dev.kitgen.model.StageKind;
import dev.kitgen.model.Text;
import dev.kitgen.model.Translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the view models of one kit in one language: kit texts through the translation
 * fallback chain ({@code es-MX → es → } the kit's own language), UI strings from the catalog.
 */
public final class Localizer {

    private final Kit kit;
    private final List<Translation> chain;
    private final Catalog catalog;
    private final Times times;
    private final String generator;
    private final String version;
    /** Each stage's criteria as a set: looked up for every criterion of every stage of every document. */
    // Filled in the constructor and only read after: documents are rendered on several threads.
    private final Map<String, Set<String>> assessedByStage = new HashMap<>();
    private final Map<String, Criterion> criteriaById = new HashMap<>();
    private final PathViews paths;
    private final Views.OtherLanguage otherLanguage = new Views.OtherLanguage();

    /**
     * @param generator what documents name as their maker, such as {@code kitgen 0.1.0}
     * @param version   the version of the kit's files, such as {@code 81d4b44 2026-11-27}
     */
    public Localizer(KitBundle bundle, Catalog catalog, String generator, String version) {
        this.kit = bundle.kit();
        this.catalog = catalog;
        this.times = new Times(catalog);
        this.generator = generator;
        this.version = version;
        kit.criteria().forEach(c -> criteriaById.put(c.id(), c));
        kit.stages().forEach(s -> assessedByStage.put(s.id(), Set.copyOf(s.assesses())));
        this.chain = bundle.translationsFor(catalog.lang());
        this.paths = new PathViews(kit, catalog, this::text,
                stages -> times.lines(ProcessTime.of(stages), s -> text(s.title())));
        catalog.labels().forEach((name, label) -> {
            if (!catalog.lang().fallsBackTo(catalog.labelLang(name))) otherLanguage.add(label, catalog.labelLang(name));
        });
        if (!catalog.lang().fallsBackTo(kit.lang())) {
            for (Text text : kit.texts()) {
                if (chain.stream().noneMatch(t -> t.texts().containsKey(text.key()))) otherLanguage.add(text.value(), kit.lang());
            }
        }
    }

    private java.util.Optional<Criterion> criterionById(String id) {
        return java.util.Optional.ofNullable(criteriaById.get(id));
    }

    private boolean assesses(Stage stage, Criterion criterion) {
        return assessedByStage.get(stage.id()).contains(criterion.id());
    }

    /** The kit text in this language, or in the nearest fallback that has it. */
    String text(Text text) {
        for (Translation t : chain) {
            String translated = t.texts().get(text.key());
            if (translated != null) return translated;
        }
        return text.value();
    }

    /** A text a kit may write in Markdown, in this language. */
    private RichText rich(Text text) {
        return new RichText(text(text));
    }

    /** A plain kit text (a name) where a rich text goes, keeping the mark of its language. */
    private RichText plain(Text text) {
        String value = text(text);
        RichText plain = RichText.plain(value);
        otherLanguage.of(value).ifPresent(lang -> otherLanguage.add(plain.markdown(), lang));
        return plain;
    }

    /**
     * The language {@link #text} is actually in: the nearest translation along the chain that has
     * it, else the kit's own. With {@link Catalog#labelLang} and {@link Catalog#formatLang}, what
     * marks fallback text with its own language in a document.
     */
    Language textLang(Text text) {
        for (Translation t : chain) {
            if (t.texts().containsKey(text.key())) return t.lang();
        }
        return kit.lang();
    }

    private DocumentInfo document(String titleFormat, Map<String, Object> args, String part, boolean inPacket,
                              boolean fillable) {
        String role = text(kit.role());
        String title = catalog.format(titleFormat, merge(args, "role", paths.roleOnPath(role)));
        String provenance = catalog.format("provenance", Map.of("kit", kit.id(), "version", version,
                "generator", generator));
        return new DocumentInfo(catalog.lang().tag(), catalog.lang().direction().css(), title, catalog.format("subject", Map.of("role", role)), role, kit.id(),
                generator, version, provenance, pageNumbers(), part, inPacket ? part + "-" : "", fillable,
                otherLanguage);
    }

    private static final char PAGE = '\uE000';
    private static final char PAGES = '\uE001';

    /** The catalog's "Page {page} of {pages}", its text apart from the two numbers. */
    List<Views.PagePart> pageNumbers() {
        String text = catalog.format("pageOf", Map.of("page", String.valueOf(PAGE), "pages", String.valueOf(PAGES)));
        List<Views.PagePart> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == PAGE || c == PAGES) {
                if (run.length() > 0) parts.add(new Views.PagePart(run.toString(), false, false));
                run.setLength(0);
                parts.add(new Views.PagePart("", c == PAGE, c == PAGES));
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0) parts.add(new Views.PagePart(run.toString(), false, false));
        return List.copyOf(parts);
    }

    private static Map<String, Object> merge(Map<String, Object> args, String key, Object value) {
        Map<String, Object> all = new java.util.HashMap<>(args);
        all.put(key, value);
        return all;
    }

    public Views.Guide guide() {
        return guide(false);
    }

    private Views.Guide guide(boolean inPacket) {
        List<Views.TimeLine> time = time();
        List<RichText> tips = kit.tips().stream().map(t -> rich(t.text())).toList();
        List<RedFlagView> flags = redFlags(f -> true);
        List<Views.TrackView> tracks = paths.tracks();
        return new Views.Guide(document("guideTitle", Map.of(), "guide", inPacket, false), catalog.labels(), rich(kit.summary()),
                time, !time.isEmpty(), !kit.criteria().isEmpty(),
                kit.criteria().stream().map(this::criterion).toList(),
                stages(), tips, !tips.isEmpty(), flags, !flags.isEmpty(), coverage(), scale(), tracks, !tracks.isEmpty());
    }

    /**
     * The scorecard of stage {@code stageId}: the criteria that stage assesses, rated on the
     * scale; with form fields to fill in on screen when {@code fillable}.
     */
    public Views.Scorecard scorecard(String stageId, boolean fillable) {
        return scorecard(stageId, false, fillable);
    }

    /** The guide and the scorecard of every stage, in the order of the process. */
    public Views.Packet packet() {
        Views.Guide guide = guide(true);
        List<Views.Scorecard> scorecards = kit.stages().stream().filter(s -> s.form() != StageKind.Form.NONE)
                .map(s -> scorecard(s.id(), true, false)).toList();
        return new Views.Packet(document("packetTitle", Map.of(), "packet", false, false), catalog.labels(), guide,
                scorecards);
    }

    private Views.Scorecard scorecard(String stageId, boolean inPacket, boolean fillable) {
        int index = indexOf(stageId);
        Stage stage = kit.stages().get(index);
        StageKind.Form form = stage.form();
        boolean reference = form == StageKind.Form.REFERENCE;
        // A referee is asked questions, not rated: the form has room for answers, no ratings, no verdict.
        List<CriterionView> criteria = reference ? List.of() : kit.criteria().stream()
                .filter(c -> assesses(stage, c))
                .map(this::criterion)
                .toList();
        // An interviewer watches for the red flags of what the stage assesses, and for those tied to no criterion.
        List<RedFlagView> flags = redFlags(f -> f.criterion().isEmpty() || assessedByStage.get(stage.id()).contains(f.criterion()));
        List<Views.Choice> recommendations = reference ? List.of() : List.of(
                new Views.Choice("strong-no", catalog.label("recommendation.strongNo")),
                new Views.Choice("no", catalog.label("recommendation.no")),
                new Views.Choice("yes", catalog.label("recommendation.yes")),
                new Views.Choice("strong-yes", catalog.label("recommendation.strongYes")),
                new Views.Choice("no-decision", catalog.label("recommendation.noDecision")));
        String title = switch (form) {
            case REVIEW -> "reviewTitle";
            case REFERENCE -> "referenceTitle";
            default -> "scorecardTitle";
        };
        String filledBy = catalog.label(switch (form) {
            case REVIEW -> "reviewer";
            case REFERENCE -> "caller";
            default -> "interviewer";
        });
        return new Views.Scorecard(document(title, Map.of("stage", text(stage.title())),
                "scorecard-" + stage.id(), inPacket, fillable), catalog.labels(),
                stage(index), criteria, !criteria.isEmpty(), scale(), flags, !flags.isEmpty(), recommendations,
                !reference, filledBy, reference, reference, !reference && criteria.isEmpty());
    }

    /**
     * The candidate's sheet: the role, each step with its kind, length, window, whom they meet
     * and what to prepare, the time it asks of them, and when they hear back. Built from the
     * candidate-facing texts only, so that nothing meant for interviewers can reach it.
     */
    public Views.CandidateSheet candidate() {
        List<Views.StepView> steps = new ArrayList<>();
        for (int i = 0; i < kit.stages().size(); i++) {
            Stage s = kit.stages().get(i);
            // Who runs an interview is whom the candidate meets; who reviews an application is not.
            boolean meeting = s.kind().time() == StageKind.Time.MEETING;
            RichText meet = s.meet().isEmpty() && meeting ? plain(s.runBy()) : rich(s.meet());
            RichText prepare = rich(s.prepare());
            String duration = times.duration(s.length());
            String window = times.duration(s.window());
            String only = paths.only(s.only());
            String alternatives = paths.alternatives(i);
            steps.add(new Views.StepView(paths.number(i), text(s.title()), kind(s), durationLabel(s), duration, !duration.isEmpty(),
                    window, !window.isEmpty(), meet, !meet.isEmpty(), prepare, !prepare.isEmpty(), only, !only.isEmpty(),
                    alternatives, !alternatives.isEmpty()));
        }
        List<Views.TimeLine> time = time();
        List<Views.TrackView> tracks = paths.tracks();
        RichText hearBack = rich(kit.hearBack());
        return new Views.CandidateSheet(document("candidateTitle", Map.of(), "candidate", false, false),
                catalog.labels(), rich(kit.summary()), tracks, !tracks.isEmpty(), steps, time, !time.isEmpty(),
                hearBack, !hearBack.isEmpty());
    }

    /** What the whole process asks of the candidate's time; none for a kit of several tracks, each of which has its own. */
    private List<Views.TimeLine> time() {
        return paths.time();
    }

    /** "Duration", or for a take-home or trial, the work it takes. */
    private String durationLabel(Stage s) {
        return catalog.label(s.kind().time() == StageKind.Time.WORK ? "effort" : "duration");
    }

    /** "Take-home assignment", "Work trial, paid". */
    private String kind(Stage s) {
        String kind = catalog.label("kind." + s.kind().id());
        return s.paid() ? catalog.format("paid", Map.of("text", kind)) : kind;
    }

    private int indexOf(String stageId) {
        for (int i = 0; i < kit.stages().size(); i++) {
            if (kit.stages().get(i).id().equals(stageId)) return i;
        }
        throw new IllegalArgumentException("kit '" + kit.id() + "' has no stage '" + stageId + "'");
    }

    private List<StageView> stages() {
        List<StageView> views = new ArrayList<>();
        for (int i = 0; i < kit.stages().size(); i++) {
            views.add(stage(i));
        }
        return views;
    }

    /** The view of the stage at {@code index}, numbered from 1 in the order of the process. */
    private StageView stage(int index) {
        Stage s = kit.stages().get(index);
        List<QuestionView> questions = new ArrayList<>();
        int q = 1;
        for (Question question : s.questions()) {
            RichText listen = rich(question.listenFor());
            String assesses = criteriaTitles(question.assesses());
            String only = paths.only(question.only());
            questions.add(new QuestionView(String.valueOf(q++), text(question.ask()), listen, !listen.isEmpty(),
                    assesses, !assesses.isEmpty(), only, !only.isEmpty()));
        }
        String runBy = text(s.runBy());
        RichText summary = rich(s.summary());
        String assesses = criteriaTitles(s.assesses());
        String window = times.duration(s.window());
        String only = paths.only(s.only());
        String alternatives = paths.alternatives(index);
        return new StageView(paths.number(index), s.id(), text(s.title()), kind(s), s.kind() != StageKind.DEFAULT,
                durationLabel(s), duration(s.length()), !s.length().isNone(), window, !window.isEmpty(), runBy, !runBy.isEmpty(), summary, !summary.isEmpty(),
                assesses, !assesses.isEmpty(), questions, !questions.isEmpty(), only, !only.isEmpty(),
                alternatives, !alternatives.isEmpty());
    }

    private String criteriaTitles(List<String> ids) {
        List<String> titles = ids.stream()
                .map(id -> criterionById(id).map(c -> text(c.title())).orElse(id))
                .toList();
        return String.join(catalog.label("listSeparator"), titles);
    }

    private CriterionView criterion(Criterion c) {
        List<AnchorView> anchors = new ArrayList<>();
        for (RatingView rating : scale()) {
            RichText text = new RichText(paths.anchor(c.anchors().stream()
                    .filter(a -> String.valueOf(a.rating()).equals(rating.rating())).toList()));
            anchors.add(new AnchorView(rating.rating(), rating.label(), text, !text.isEmpty()));
        }
        RichText detail = rich(c.detail());
        List<String> stagesAssessing = kit.stages().stream()
                .filter(s -> assesses(s, c))
                .map(s -> text(s.title())).toList();
        String only = paths.only(c.only());
        return new CriterionView(c.id(), text(c.title()), detail, !detail.isEmpty(),
                measure("weight", Map.of("weight", c.weight())), c.weight() != 1,
                anchors, !c.anchors().isEmpty(), c.anchors().isEmpty(), String.join(catalog.label("listSeparator"), stagesAssessing),
                only, !only.isEmpty());
    }

    private List<RatingView> scale() {
        List<RatingView> ratings = new ArrayList<>();
        for (int r = 1; r <= kit.scale().points(); r++) {
            String label = kit.scale().hasOwnLabels()
                    ? text(kit.scale().labels().get(r - 1))
                    : catalog.label("rating." + r);
            ratings.add(new RatingView(String.valueOf(r), label));
        }
        return ratings;
    }

    private List<RedFlagView> redFlags(java.util.function.Predicate<RedFlag> shown) {
        List<RedFlagView> views = new ArrayList<>();
        for (RedFlag f : kit.redFlags()) {
            if (!shown.test(f)) continue;
            String criterion = criterionById(f.criterion()).map(c -> text(c.title())).orElse("");
            views.add(new RedFlagView(f.id(), text(f.text()), criterion, !criterion.isEmpty()));
        }
        return views;
    }

    /**
     * Most stages in one coverage table. Columns headed by stage numbers take about 9 mm each, so
     * 12 of them beside the criteria fit the text width of A4 and of US letter; a process with
     * more stages gets a table for each 12 (the limit of 50 stages makes 5). Only the steps whose
     * form rates criteria have a column (an offer or a reference call never could), numbered as
     * in the process.
     */
    public static final int COVERAGE_COLUMNS = 12;

    private List<CoverageTable> coverage() {
        List<CoverageTable> tables = new ArrayList<>();
        // The rating steps by their place in the process, which numbers them.
        List<Stage> stages = kit.stages();
        List<Integer> rating = java.util.stream.IntStream.range(0, stages.size()).filter(i -> stages.get(i).form()
                == StageKind.Form.RATING || stages.get(i).form() == StageKind.Form.REVIEW).boxed().toList();
        String mark = catalog.label("coverage.mark");
        for (int from = 0; from < rating.size(); from += COVERAGE_COLUMNS) {
            List<Integer> part = rating.subList(from, Math.min(rating.size(), from + COVERAGE_COLUMNS));
            List<Views.CoverageStage> columns = part.stream()
                    .map(i -> new Views.CoverageStage(paths.number(i), text(stages.get(i).title()))).toList();
            List<CoverageRow> rows = new ArrayList<>();
            for (Criterion c : kit.criteria()) {
                List<CoverageCell> cells = part.stream()
                        .map(i -> assesses(stages.get(i), c) ? new CoverageCell(mark, true) : new CoverageCell("", false))
                        .toList();
                rows.add(new CoverageRow(text(c.title()), cells));
            }
            tables.add(new CoverageTable(columns, rows));
        }
        return tables;
    }

    /** A catalog's format of numbers only (a weight), marked when it is in another language. */
    private String measure(String name, Map<String, Object> args) {
        String text = catalog.format(name, args);
        Language written = catalog.formatLang(name);
        if (!catalog.lang().fallsBackTo(written)) otherLanguage.add(text, written);
        return text;
    }

    /** "45 minutos", "1 h 30 min", "2 días", "25–30 minutes", "about 3 hours". */
    String duration(Length length) {
        return times.duration(length);
    }
}
