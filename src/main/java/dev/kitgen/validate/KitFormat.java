package dev.kitgen.validate;

import dev.kitgen.model.Language;
import dev.kitgen.model.RoleId;
import dev.kitgen.model.StageKind;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kit format, declared once. The validator checks keys and types against it, the
 * translation reader derives the translation format from it (text fields only, lists keyed by
 * id), and a JSON Schema can be generated from it: there is no second description to drift.
 */
public final class KitFormat {

    /** The value of {@code kit:} that this version of kitgen reads. */
    public static final int VERSION = 1;

    /** Ids: lowercase letters and digits in words joined by single hyphens, such as {@code system-design}. */
    public static final String ID_PATTERN = RoleId.PATTERN;

    /** Language tags such as {@code en}, {@code es-MX} or {@code pt-BR}. */
    public static final String LANG_PATTERN = Language.PATTERN;

    /** Ratings, as the keys of a scale or of anchors: 1, 2, ... */
    public static final String RATING_PATTERN = "[1-9][0-9]*";

    /*
     * Every scorecard repeats the stage's criteria with every rating, and every red flag: the
     * documents grow as stages x criteria x ratings. Within the YAML limits alone, a 557 KB kit
     * of 280 stages and 330 criteria rendered 104 MB in 13 s. Real kits are far below these.
     */
    /** Most criteria in a kit. */
    public static final int MAX_CRITERIA = 200;
    /** Most stages in a kit. */
    public static final int MAX_STAGES = 50;
    /** Most red flags in a kit. */
    public static final int MAX_RED_FLAGS = 200;
    /** Longest interview, in minutes: a whole day; longer stages are written in days. */
    public static final int MAX_MINUTES = 24 * 60;
    /** Longest stage, in days. */
    public static final int MAX_DAYS = 365;
    /** Most tracks in a kit: each is checked, and may be rendered, at every level. */
    public static final int MAX_TRACKS = 20;
    /** Most levels in a kit. */
    public static final int MAX_LEVELS = 10;
    /** Most ratings on a scale. */
    public static final int MAX_SCALE_POINTS = 10;

    /**
     * The texts that take kitgen's Markdown subset (paragraphs, lists, emphasis, links, inline
     * code), by the key that names them in translations: the longer texts. Titles, names and
     * labels are plain.
     */
    private static final String MARKDOWN_TEXTS = "summary|hear-back|criteria\\.[^.]+\\.(detail|anchors\\.[0-9]+)"
            + "|stages\\.[^.]+\\.(summary|meet|prepare|questions\\.[^.]+\\.listen-for)|tips\\.[^.]+\\.text";

    /** Whether the text known as {@code textKey} (such as {@code stages.screen.summary}) takes Markdown. */
    public static boolean takesMarkdown(String textKey) {
        return TAKES_MARKDOWN.matcher(textKey).matches();
    }

    /** Said of each text that takes Markdown, in the JSON Schema. */
    static final String MARKDOWN = " Takes Markdown: paragraphs, '- ' and '1. ' lists, **strong**, *emphasis*, `code` and "
            + "[links](https://...) to http, https or mailto; write it as a literal block ('|') to keep its lines.";

    public enum Type {
        /** The format version: always {@link #VERSION}. */
        VERSION,
        /** A whole number. */
        INTEGER,
        /** A length: a whole number, or a range written {@code [from, to]}. */
        DURATION,
        /** true or false. */
        BOOLEAN,
        /** The kind of a step: one of {@link dev.kitgen.model.StageKind#ids()}. */
        KIND,
        /** A kebab-case identifier, such as {@code system-design}. */
        ID,
        /** A language tag, such as {@code en} or {@code es-MX}. */
        LANG,
        /** Translatable prose. */
        TEXT,
        /** A list of criterion ids. */
        ID_LIST,
        /** One criterion id. */
        ID_REF,
        /** A list of track and level ids the item is limited to. */
        ONLY,
        /** A mapping from rating (1, 2, ...) to translatable text. */
        RATINGS,
        /**
         * {@link #RATINGS} whose rating may instead map track or level ids to texts, where the bar
         * differs between them.
         */
        ANCHORS,
        /** A list of mappings of {@link Field#shape()}, each with an {@code id}. */
        LIST
    }

    /**
     * @param minimum for {@link Type#INTEGER}: the smallest value allowed; for {@link Type#LIST} and
     *                {@link Type#RATINGS}: the fewest items
     */
    public record Field(String key, Type type, boolean required, String description, Shape shape, int minimum) {

        /** The same field, allowing no whole number (or number of items) below {@code min}. */
        Field min(int min) {
            return new Field(key, type, required, description, shape, min);
        }

        /** Whether a translation file may (and should) carry this field. */
        public boolean translatable() {
            return switch (type) {
                case TEXT, RATINGS, ANCHORS -> true;
                case LIST -> shape.fields().stream().anyMatch(Field::translatable);
                default -> false;
            };
        }
    }

    /**
     * @param exclusive keys of which a mapping may hold at most one (a stage takes minutes or days)
     */
    public record Shape(String name, List<Field> fields, List<String> exclusive) {
        Shape(String name, List<Field> fields) {
            this(name, fields, List.of());
        }

        public Optional<Field> field(String key) {
            // A loop, not a stream: a kit's check asks this for every key it reads.
            for (Field f : fields) {
                if (f.key().equals(key)) return Optional.of(f);
            }
            return Optional.empty();
        }

        public List<String> keys() {
            return fields.stream().map(Field::key).toList();
        }
    }

    /** How every item that can be limited to some tracks and levels says so. */
    private static final Field ONLY = optional("only", Type.ONLY,
            "Ids of the tracks and levels this applies to, such as [sales, senior]; every one when absent.");

    public static final Shape QUESTION = new Shape("question", List.of(
            required("id", Type.ID, "Identifies the question within its stage; translations refer to it."),
            required("ask", Type.TEXT, "The question, as the interviewer asks it."),
            optional("listen-for", Type.TEXT, "What a strong answer contains." + MARKDOWN),
            optional("assesses", Type.ID_LIST, "Ids of the criteria this question informs."),
            ONLY));

    public static final Shape STAGE = stage();

    public static final Shape CRITERION = new Shape("criterion", List.of(
            required("id", Type.ID, "Identifies the criterion; stages, questions and red flags refer to it."),
            required("title", Type.TEXT, "What to look for, in a few words."),
            optional("detail", Type.TEXT, "Why it matters or what it includes." + MARKDOWN),
            optional("weight", Type.INTEGER, "How much the criterion counts (1 or more; 1 when absent).").min(1),
            optional("anchors", Type.ANCHORS, "What a given rating looks like, by rating; a rating may map track "
                    + "or level ids to texts where the bar differs." + MARKDOWN),
            ONLY));

    public static final Shape TRACK = pathPart("track", "Sales roles");

    public static final Shape LEVEL = pathPart("level", "Senior");

    public static final Shape TIP = new Shape("tip", List.of(
            required("id", Type.ID, "Identifies the tip; translations refer to it."),
            required("text", Type.TEXT, "The advice." + MARKDOWN)));

    public static final Shape RED_FLAG = new Shape("red flag", List.of(
            required("id", Type.ID, "Identifies the red flag; translations and scorecards refer to it."),
            required("text", Type.TEXT, "The warning sign."),
            optional("criterion", Type.ID_REF, "Id of the criterion the red flag bears on.")));

    public static final Shape KIT = new Shape("kit", List.of(
            required("kit", Type.VERSION, "Format version; write " + VERSION + "."),
            required("id", Type.ID, "The role's id; the same as the kit's folder name."),
            required("lang", Type.LANG, "The language this file is written in."),
            required("role", Type.TEXT, "The role's name as candidates see it."),
            required("summary", Type.TEXT, "What the role does and why it matters." + MARKDOWN),
            optional("scale", Type.RATINGS, "Rating labels, by rating, when the default 1-4 scale does not fit.").min(2),
            optional("tracks", Type.LIST, "Alternative paths through the process, or sub-roles.", TRACK),
            optional("levels", Type.LIST, "Seniority levels the role is hired at, lowest first.", LEVEL),
            optional("criteria", Type.LIST, "What to look for; a kit without criteria rates nothing.", CRITERION),
            required("stages", Type.LIST, "The hiring process, in order.", STAGE).min(1),
            optional("tips", Type.LIST, "Interview tips that belong to no single stage.", TIP),
            optional("red-flags", Type.LIST, "Warning signs.", RED_FLAG),
            optional("hear-back", Type.TEXT, "For the candidate: when and how they hear back." + MARKDOWN)));

    /** {@link #MARKDOWN_TEXTS}, compiled once: every text of every file asks. */
    private static final Pattern TAKES_MARKDOWN = Pattern.compile(MARKDOWN_TEXTS);

    /** A stage's shape, built in a method of its own: it is the longest of the format. */
    private static Shape stage() {
        return new Shape("stage", List.of(
                required("id", Type.ID, "Identifies the stage; names its scorecard file."),
                required("title", Type.TEXT, "The stage's name."),
                optional("kind", Type.KIND, "What kind of step it is: " + String.join(", ", StageKind.ids())
                        + " (interview when absent)."),
                optional("minutes", Type.DURATION, "How long it takes, in minutes, or a range such as [25, 30]; "
                        + "for a take-home or trial, the work it asks for.").min(1),
                optional("hours", Type.DURATION, "How long it takes, in whole hours, or a range such as [2, 3].").min(1),
                optional("days", Type.DURATION, "How long it takes, in whole days, or a range such as [1, 2].").min(1),
                optional("about", Type.BOOLEAN, "true when the length is only roughly known (\"about 3 hours\")."),
                optional("window-days", Type.DURATION, "For a take-home or trial: how many days the candidate is given "
                        + "to do it, or a range.").min(1),
                optional("paid", Type.BOOLEAN, "true when the candidate is paid for the step (a paid work trial)."),
                optional("run-by", Type.TEXT, "Who runs the stage (a role, not a person)."),
                optional("summary", Type.TEXT, "What the stage covers, for interviewers." + MARKDOWN),
                optional("assesses", Type.ID_LIST, "Ids of the criteria this stage assesses; its scorecard rates them. "
                        + "Required for the kinds that rate (interview, work-trial, take-home) when the kit has criteria."),
                optional("questions", Type.LIST, "Questions to ask in this stage (to the referee, for a reference "
                        + "check).", QUESTION),
                optional("meet", Type.TEXT, "For the candidate: whom they meet in this step." + MARKDOWN),
                optional("prepare", Type.TEXT, "For the candidate: what to prepare or bring." + MARKDOWN),
                ONLY,
                optional("one-of", Type.ID, "Names an either/or step: stages written one after the other with the "
                        + "same 'one-of' are alternatives, of which a candidate takes one.")),
                List.of("minutes", "hours", "days"));
    }

    /** A track or a level: an id that 'only', anchors and 'kitgen render --track/--level' name, and a title. */
    private static Shape pathPart(String name, String example) {
        return new Shape(name, List.of(
                required("id", Type.ID, "Identifies the " + name + "; 'only', anchors and 'kitgen render --" + name
                        + "' name it."),
                required("title", Type.TEXT, "The " + name + "'s name, such as '" + example + "'.")));
    }

    private static Field required(String key, Type type, String description) {
        return new Field(key, type, true, description, null, Integer.MIN_VALUE);
    }

    private static Field optional(String key, Type type, String description) {
        return new Field(key, type, false, description, null, Integer.MIN_VALUE);
    }

    private static Field required(String key, Type type, String description, Shape shape) {
        return new Field(key, type, true, description, shape, Integer.MIN_VALUE);
    }

    private static Field optional(String key, Type type, String description, Shape shape) {
        return new Field(key, type, false, description, shape, Integer.MIN_VALUE);
    }

    private KitFormat() {}
}
