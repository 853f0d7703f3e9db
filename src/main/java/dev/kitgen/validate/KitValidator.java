package dev.kitgen.validate;

import dev.kitgen.diagnostics.Diagnostics;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.load.Node;
import dev.kitgen.model.Anchor;
import dev.kitgen.model.Criterion;
import dev.kitgen.model.Kit;
import dev.kitgen.model.Language;
import dev.kitgen.model.Length;
import dev.kitgen.model.Level;
import dev.kitgen.model.Only;
import dev.kitgen.model.Question;
import dev.kitgen.model.RatingScale;
import dev.kitgen.model.RedFlag;
import dev.kitgen.model.Stage;
import dev.kitgen.model.StageKind;
import dev.kitgen.model.Text;
import dev.kitgen.model.Tip;
import dev.kitgen.model.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns the node tree of a {@code kit.yaml} into a {@link Kit}, reporting every problem it
 * finds. The returned kit is only meaningful when no error was reported.
 */
public final class KitValidator {

    /** Most "did you mean" suggestions for unknown criteria in one kit. */
    private static final int MAX_SUGGESTIONS = 50;

    private final Diagnostics diagnostics;
    /** A stage of this many minutes has room for one question; more questions than that will not fit. */
    public static final int MINUTES_PER_QUESTION = 8;

    private final Set<String> criterionIds = new LinkedHashSet<>();
    private final Map<String, Location> criterionAt = new HashMap<>();
    private final Map<String, Location> stageAt = new HashMap<>();
    /** Where each stage names each criterion it assesses, by stage id, then criterion id. */
    private final Map<String, Map<String, Location>> assessedAt = new HashMap<>();
    private final List<Node.Scalar> references = new ArrayList<>();
    private RatingScale scale = RatingScale.DEFAULT;
    private final KitPaths paths;

    private KitValidator(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.paths = new KitPaths(diagnostics);
    }

    /**
     * @param roleFolder the name of the folder the kit lives in; the kit's id must match it
     */
    public static Kit validate(Node root, String roleFolder, Diagnostics diagnostics) {
        return new KitValidator(diagnostics).kit(root, roleFolder);
    }

    private Kit kit(Node root, String roleFolder) {
        MappingReader r = new MappingReader(root, KitFormat.KIT, "kit.yaml", diagnostics);
        if (r.has("kit")) {
            int version = r.integer("kit", KitFormat.VERSION);
            if (version != KitFormat.VERSION) {
                diagnostics.error(r.locationOf("kit"), "kit format " + version + " is not supported; this kitgen reads 'kit: "
                        + KitFormat.VERSION + "'");
            }
        }
        String id = r.id("id");
        if (!id.isEmpty() && !id.equals(roleFolder)) {
            diagnostics.error(r.locationOf("id"), "id '" + UserText.quote(id) + "' does not match the kit's folder '" + UserText.quote(roleFolder)
                    + "'; write 'id: " + roleFolder + "' or rename the folder");
        }
        String lang = r.lang("lang");
        Text role = text(r, "role", "role");
        Text summary = text(r, "summary", "summary");
        scale = scale(r);
        // Read first, wherever they are written: criteria, stages and questions name them in 'only'.
        List<Track> tracks = items(r, "tracks", KitFormat.TRACK, paths::track);
        List<Level> levels = items(r, "levels", KitFormat.LEVEL, paths::level);

        List<Criterion> criteria = items(r, "criteria", KitFormat.CRITERION, this::criterion);
        criteria.forEach(c -> criterionIds.add(c.id()));
        List<Stage> stages = items(r, "stages", KitFormat.STAGE, this::stage);
        List<Tip> tips = items(r, "tips", KitFormat.TIP, this::tip);
        List<RedFlag> redFlags = items(r, "red-flags", KitFormat.RED_FLAG, this::redFlag);

        if (criteria.isEmpty()) {
            diagnostics.warning(r.has("criteria") ? r.locationOf("criteria") : r.location(), "the kit has no criteria, "
                    + "so no scorecard rates anything; add 'criteria:' with what to look for (each '- id: ..., title: ...') "
                    + "and name them in each interview's 'assesses'");
        }
        if (r.has("stages") && stages.size() < minimum(KitFormat.KIT, "stages")) {
            diagnostics.error(r.locationOf("stages"), "a kit needs at least " + minimum(KitFormat.KIT, "stages")
                    + " stage under 'stages'");
        }
        atMost(r, "criteria", criteria.size(), KitFormat.MAX_CRITERIA);
        atMost(r, "stages", stages.size(), KitFormat.MAX_STAGES);
        atMost(r, "red-flags", redFlags.size(), KitFormat.MAX_RED_FLAGS);
        atMost(r, "tracks", tracks.size(), KitFormat.MAX_TRACKS);
        atMost(r, "levels", levels.size(), KitFormat.MAX_LEVELS);
        checkReferences();
        checkCoverage(criteria, stages);
        paths.checkOneOf(stages);
        paths.checkCoverage(criteria, stages, criterionAt);
        paths.checkAssessedOnPath(criteria, stages, assessedAt);
        checkTitles(stages);
        // A kit with errors is never used, so an unreadable language needs no stand-in.
        return new Kit(id, Language.isValid(lang) ? Language.of(lang) : null, role, summary, scale, criteria, stages, tips,
                redFlags, new Text("hear-back", r.text("hear-back")), tracks, levels);
    }

    private void atMost(MappingReader r, String key, int count, int max) {
        if (count > max) {
            diagnostics.error(r.locationOf(key), "a kit has at most " + max + " " + key + "; this one has " + count
                    + " (every scorecard repeats them, so documents grow with their product)");
        }
    }

    private RatingScale scale(MappingReader r) {
        Map<Integer, Node.Scalar> labels = r.ratings("scale");
        if (labels.isEmpty()) {
            return RatingScale.DEFAULT;
        }
        int points = labels.size();
        for (int rating = 1; rating <= points; rating++) {
            if (!labels.containsKey(rating)) {
                diagnostics.error(r.locationOf("scale"), "the scale must number its ratings 1 to " + points
                        + " without gaps; rating " + rating + " is missing");
                return RatingScale.DEFAULT;
            }
        }
        if (points > KitFormat.MAX_SCALE_POINTS) {
            diagnostics.error(r.locationOf("scale"), "a scale has at most " + KitFormat.MAX_SCALE_POINTS
                    + " ratings; this one has " + points);
            return RatingScale.DEFAULT;
        }
        if (points < minimum(KitFormat.KIT, "scale")) {
            diagnostics.error(r.locationOf("scale"), "a scale needs at least " + minimum(KitFormat.KIT, "scale")
                    + " ratings");
            return RatingScale.DEFAULT;
        }
        if (points % 2 == 1) {
            diagnostics.warning(r.locationOf("scale"), "the scale has " + points
                    + " ratings, so it has a middle point interviewers can hide in; use an even number");
        }
        List<Text> texts = new ArrayList<>();
        for (int rating = 1; rating <= points; rating++) {
            texts.add(new Text("scale." + rating, labels.get(rating).value().strip()));
        }
        return new RatingScale(points, texts);
    }

    /** Reads each item of a list field, and reports ids that are repeated in it. */
    private <T> List<T> items(MappingReader parent, String key, KitFormat.Shape shape,
                              BiFunction<MappingReader, String, T> reader) {
        List<T> result = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (Node item : parent.list(key)) {
            String idHint = idOf(item);
            String context = idHint.isEmpty() ? shape.name() + " at line " + item.location().line()
                    : shape.name() + " '" + UserText.quote(idHint) + "'";
            MappingReader r = new MappingReader(item, shape, context, diagnostics,
                    shape == KitFormat.STAGE ? StepReader::advice : e -> java.util.Optional.empty());
            String id = r.id("id");
            if (!id.isEmpty()) {
                Location first = seen.putIfAbsent(id, r.locationOf("id"));
                if (first != null) {
                    diagnostics.error(r.locationOf("id"), "duplicate " + shape.name() + " id '" + UserText.quote(id)
                            + "' (first used at line " + first.line() + "); ids must be unique within '" + key + "'");
                    continue;
                }
            }
            result.add(reader.apply(r, id));
        }
        return result;
    }

    private static String idOf(Node node) {
        if (node instanceof Node.Mapping m) {
            return m.entry("id").map(Node.Entry::value)
                    .filter(v -> v instanceof Node.Scalar s && s.value() != null)
                    .map(v -> ((Node.Scalar) v).value()).orElse("");
        }
        return "";
    }

    private Criterion criterion(MappingReader r, String id) {
        String key = "criteria." + id;
        criterionAt.putIfAbsent(id, r.keyLocationOf("id"));
        int minWeight = minimum(KitFormat.CRITERION, "weight");
        int weight = r.integer("weight", minWeight);
        if (weight < minWeight) {
            diagnostics.error(r.locationOf("weight"), "weight of criterion '" + UserText.quote(id) + "' must be " + minWeight
                    + " or more, found " + weight + "; leave 'weight' out for the default of 1");
            weight = minWeight;
        }
        Only only = paths.only(r, "criterion '" + UserText.quote(id) + "'");
        List<Anchor> anchors = paths.anchors(r, id, scale, only);
        return new Criterion(id, text(r, "title", key + ".title"),
                text(r, "detail", key + ".detail"), weight, anchors, only);
    }

    private Stage stage(MappingReader r, String id) {
        String key = "stages." + id;
        stageAt.putIfAbsent(id, r.locationOf("title"));
        StepReader step = new StepReader(r, id, diagnostics);
        StageKind kind = step.kind();
        Length length = step.length();
        Length window = step.window(kind);
        List<Node.Scalar> assessed = r.ids("assesses");
        assessed.forEach(a -> assessedAt.computeIfAbsent(id, k -> new HashMap<>()).putIfAbsent(a.value(), a.location()));
        List<String> assesses = references(assessed);
        List<Question> questions = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (Node item : r.list("questions")) {
            String qid = idOf(item);
            MappingReader q = new MappingReader(item, KitFormat.QUESTION,
                    qid.isEmpty() ? "a question of stage '" + UserText.quote(id) + "'" : "question '" + UserText.quote(qid) + "' of stage '" + UserText.quote(id) + "'",
                    diagnostics);
            qid = q.id("id");
            Location first = qid.isEmpty() ? null : seen.putIfAbsent(qid, q.locationOf("id"));
            if (first != null) {
                diagnostics.error(q.locationOf("id"), "duplicate question id '" + UserText.quote(qid) + "' in stage '" + UserText.quote(id)
                        + "' (first used at line " + first.line() + ")");
                continue;
            }
            String qkey = key + ".questions." + qid;
            List<Node.Scalar> links = q.ids("assesses");
            for (Node.Scalar link : links) {
                if (!assesses.contains(link.value()) && criterionIds.contains(link.value())) {
                    diagnostics.warning(link.location(), "question '" + UserText.quote(qid) + "' assesses '" + UserText.quote(link.value())
                            + "', but stage '" + UserText.quote(id) + "' does not, so its scorecard has no rating for it; add '"
                            + link.value() + "' to the stage's 'assesses'");
                }
            }
            questions.add(new Question(qid, text(q, "ask", qkey + ".ask"),
                    text(q, "listen-for", qkey + ".listen-for"), references(links),
                    paths.only(q, "question '" + UserText.quote(qid) + "'")));
        }
        if (kind.time() == StageKind.Time.MEETING) {
            checkFit(id, length.maxMinutes(), paths.mostOnOnePath(questions.stream().map(Question::only).toList()), r);
        }
        checkAssesses(r, id, kind, assesses);
        return new Stage(id, text(r, "title", key + ".title"), text(r, "summary", key + ".summary"),
                text(r, "run-by", key + ".run-by"), length, assesses, questions,
                kind, window, step.paid(), new Text(key + ".prepare", r.text("prepare")),
                new Text(key + ".meet", r.text("meet")), paths.only(r, "stage '" + UserText.quote(id) + "'"),
                paths.oneOf(r, id));
    }

    /**
     * A step whose scorecard rates criteria names them, once the kit has any; a step without a
     * rating form has nowhere to rate them.
     */
    private void checkAssesses(MappingReader r, String id, StageKind kind, List<String> assesses) {
        if (kind.rates() && !r.has("assesses") && !r.misspelt("assesses") && !criterionIds.isEmpty()) {
            diagnostics.error(r.location(), "missing required key 'assesses' in stage '" + UserText.quote(id) + "'; "
                    + article(kind) + " is rated on its scorecard, so add 'assesses: [" + criterionIds.iterator().next()
                    + "]' with the ids of the criteria it rates");
        } else if (!assesses.isEmpty() && !kind.canRate()) {
            diagnostics.warning(r.keyLocationOf("assesses"), "stage '" + UserText.quote(id) + "' is " + article(kind)
                    + ", which has no rating scorecard, so its 'assesses' rates nothing; drop it, or give the stage a "
                    + "kind that rates (interview, take-home, work-trial)");
        }
    }

    /** "an interview", "a take-home". */
    private static String article(StageKind kind) {
        return ("aeiou".indexOf(kind.id().charAt(0)) >= 0 ? "an " : "a ") + kind.id();
    }

    /** Questions that cannot all be asked in the time: about {@link #MINUTES_PER_QUESTION} minutes each. */
    private void checkFit(String stage, int minutes, int questions, MappingReader r) {
        if (minutes < 1 || questions * MINUTES_PER_QUESTION <= minutes) return;
        int room = Math.max(1, minutes / MINUTES_PER_QUESTION);
        diagnostics.warning(r.keyLocationOf("questions"), "stage '" + UserText.quote(stage) + "' has " + plural(questions, "question")
                + " for " + plural(minutes, "minute") + "; at about " + MINUTES_PER_QUESTION
                + " minutes a question there is room for " + room + ": drop questions or raise 'minutes'");
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static int minimum(KitFormat.Shape shape, String key) {
        return shape.field(key).orElseThrow().minimum();
    }

    /** The text of {@code field}, known as {@code key}; a Markdown text whose list YAML joined into one line is warned about. */
    private Text text(MappingReader r, String field, String key) {
        if (KitFormat.takesMarkdown(key)) r.textScalar(field).ifPresent(s -> JoinedLines.check(s, field, diagnostics));
        return new Text(key, r.text(field));
    }

    private Tip tip(MappingReader r, String id) {
        return new Tip(id, text(r, "text", "tips." + id + ".text"));
    }

    private RedFlag redFlag(MappingReader r, String id) {
        String criterion = r.ref("criterion").map(s -> {
            references.add(s);
            return s.value();
        }).orElse("");
        return new RedFlag(id, text(r, "text", "red-flags." + id + ".text"), criterion);
    }

    private List<String> references(List<Node.Scalar> ids) {
        references.addAll(ids);
        return ids.stream().map(Node.Scalar::value).toList();
    }

    /**
     * Two stages of one title read as one in the guide's process, the packet's contents and the
     * scorecards' headings: each still has its own part and anchor, but a reader cannot tell them apart.
     */
    private void checkTitles(List<Stage> stages) {
        Map<String, Stage> first = new HashMap<>();
        for (Stage s : stages) {
            String title = s.title().value().strip();
            if (title.isEmpty()) continue;
            Stage before = first.putIfAbsent(title.toLowerCase(java.util.Locale.ROOT), s);
            if (before != null) {
                diagnostics.warning(stageAt.get(s.id()), "stage '" + UserText.quote(s.id()) + "' has the title '"
                        + UserText.quote(title) + "', as stage '" + UserText.quote(before.id()) + "' has; give each stage a "
                        + "title of its own (such as 'Technical interview: coding' and 'Technical interview: design') "
                        + "so that interviewers can tell their scorecards apart");
            }
        }
    }

    /** Criteria are read before stages, but links are checked at the end so that order in the file does not matter. */
    private void checkReferences() {
        int suggested = 0;
        for (Node.Scalar ref : references) {
            if (!criterionIds.contains(ref.value())) {
                // Suggestions cost a distance per criterion: a hostile kit with thousands of bad links gets a few.
                String hint = suggested++ < MAX_SUGGESTIONS ? Suggest.hint(ref.value(), criterionIds) : "";
                diagnostics.error(ref.location(), "unknown criterion '" + UserText.quote(ref.value()) + "'" + hint
                        + "; criteria are " + Suggest.list(criterionIds));
            }
        }
    }

    /**
     * A criterion no stage assesses gets no rating on any scorecard, so the kit asks interviewers
     * to look for something the process never measures: an error, not a warning.
     */
    private void checkCoverage(List<Criterion> criteria, List<Stage> stages) {
        if (stages.isEmpty()) return;
        Set<String> assessed = new java.util.HashSet<>();
        stages.stream().filter(s -> s.kind().canRate()).forEach(s -> assessed.addAll(s.assesses()));
        for (Criterion c : criteria) {
            // A criterion without an id is reported where its id is missing; it cannot be linked.
            if (!c.id().isEmpty() && !assessed.contains(c.id())) {
                diagnostics.error(criterionAt.get(c.id()), "criterion '" + UserText.quote(c.id())
                        + "' is assessed by no stage, so no scorecard rates it; add '" + UserText.quote(c.id())
                        + "' to the 'assesses' of the stage that should rate it, or remove the criterion");
            }
        }
    }
}
