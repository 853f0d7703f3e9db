package dev.kitgen.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.DefaultMustache;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.util.IndentWriter;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import dev.kitgen.diagnostics.KitgenException;
import dev.kitgen.diagnostics.Location;
import dev.kitgen.diagnostics.UserText;
import dev.kitgen.files.Folder;
import dev.kitgen.files.FolderFile;
import dev.kitgen.files.Utf8;
import dev.kitgen.localize.Views;
import dev.kitgen.model.RichText;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.AccessibleObject;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Mustache templates of a run. A template is looked up in the user's templates folder first
 * and in the built-in set after, name by name. Each template format has its own factory, which
 * escapes every variable for that format (PDF shares HTML's factory and compiled templates); a
 * variable the view lacks stops the render with the template file and line, instead of leaving
 * a blank. Compiled templates are cached, so one Templates serves a whole run, on any thread.
 */
public final class Templates {

    /**
     * Longest document a template may make, in characters. Sections nested over the same list
     * multiply: three levels over 200 criteria would make 8 million copies.
     */
    public static final int MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;

    /**
     * A document of kitgen's own templates longer than {@link #MAX_DOCUMENT_CHARS}: a problem of the
     * kit, not of a template; the message says by how much, for a user.
     */
    public static final class TooLong extends RuntimeException {
        TooLong(String message) {
            super(message);
        }
    }

    /** Largest template file read, in bytes; the built-in ones are under 10 KiB. */
    public static final int MAX_TEMPLATE_BYTES = 1024 * 1024;
    /** Deepest nesting of sections within one template file; the shipped templates nest four deep. */
    public static final int MAX_SECTION_DEPTH = 50;

    /**
     * Most steps one render may take, written or not: {@link #MAX_DOCUMENT_CHARS} bounds what a
     * render writes, this what it does. Each pass through a template, a partial or a section's
     * body takes one step and one for each tag and piece of text in it; each name looked up takes
     * one step per scope it is looked up through (four for a dotted name such as
     * {@code doc.title}). Each step is a bounded piece of work, so the steps bound the time: 40
     * million take a few seconds. The shipped packet over the largest kit takes about a quarter of it
     * while it writes nearly {@link #MAX_DOCUMENT_CHARS}.
     */
    public static final long MAX_WORK_STEPS = 40_000_000L;

    /** Most steps a shipped template takes over the largest kit the limits allow (TemplateWorkTest measures it). */
    static final long LARGEST_KIT_STEPS = 11_000_000L;

    private final List<Folder> folders;

    private final Map<String, String> shownAs = new ConcurrentHashMap<>();
    private final java.util.Set<String> userTemplates = ConcurrentHashMap.newKeySet();
    private final Map<Format, Factory> factories = new EnumMap<>(Format.class);

    /** @param folders where templates are looked up, first folder first */
    public Templates(List<Folder> folders) {
        this.folders = List.copyOf(folders);
        for (Format f : Format.values()) {
            if (f.templates() == f) factories.put(f, new Factory(f));
        }
    }

    /** Renders {@code doc} in {@code format} with {@code scopes} as the root scopes, the last searched first. */
    public String render(Doc doc, Format format, List<Object> scopes) {
        return render(doc.template(format), format, scopes, new TemplateWork());
    }

    /** As {@link #render(Doc, Format, List)}, counting the steps it takes in {@code work}. */
    String render(Doc doc, Format format, List<Object> scopes, TemplateWork work) {
        return render(doc.template(format), format, scopes, work);
    }

    private String render(String template, Format format, List<Object> scopes, TemplateWork work) {
        Mustache mustache = compile(template, format);
        List<Object> counted = new ArrayList<>(scopes.size() + 1);
        counted.add(work);
        counted.addAll(scopes);
        StringWriter out = new StringWriter();
        try {
            mustache.execute(new LimitedWriter(out, marking(format, scopes)), counted).flush();
        } catch (StackOverflowError e) {
            throw tooDeep(template);
        } catch (TooLongException | TemplateWork.Exceeded e) {
            throw stopped(e, template);
        } catch (MustacheException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                // mustache.java wraps what a value's writer throws.
                if (t instanceof TooLongException || t instanceof TemplateWork.Exceeded) throw stopped(t, template);
            }
            throw templateError(e, template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The document whose texts in another language HTML marks with their language (a
     * {@code lang} attribute, and {@code dir} where its direction differs); none in Markdown,
     * which has no way to say it.
     */
    private static Views.DocumentInfo marking(Format format, List<Object> scopes) {
        if (format.templates() != Format.HTML) return null;
        return scopes.stream().filter(Views.View.class::isInstance).map(v -> ((Views.View) v).doc()).findFirst()
                .orElse(null);
    }

    /**
     * Compiles the template of {@code doc} in {@code format} (and its partials) ahead of a
     * render, reporting a template error here rather than once per document.
     */
    public void compile(Doc doc, Format format) {
        compile(doc.template(format), format);
    }

    private Mustache compile(String template, Format format) {
        try {
            return factories.get(format.templates()).compile(template);
        } catch (StackOverflowError e) {
            throw tooDeep(template);
        } catch (MustacheNotFoundException e) {
            throw new KitgenException(Location.ofFile("templates/" + template),
                    "template '" + e.getName() + "' not found in " + describeFolders());
        } catch (MustacheException e) {
            throw templateError(e, template);
        }
    }

    /**
     * The error for a render stopped at a limit: the document's length, or the work it took. A document
     * of kitgen's own templates that is too long is a problem of the kit, thrown as {@link TooLong}.
     */
    private KitgenException stopped(Throwable limit, String template) {
        if (limit instanceof TemplateWork.Exceeded e) {
            TemplateContext at = e.at();
            Location where = at == null ? Location.ofFile(show(template)) : new Location(show(at.file()), at.line(), 1);
            return new KitgenException(where, "template takes more than " + MAX_WORK_STEPS / 1_000_000
                    + " million steps to render (sections nested over the same lists, or partials that include "
                    + "partials many times?); the largest kit's documents take under " + LARGEST_KIT_STEPS / 1_000_000
                    + " million");
        }
        if (!fromUser(template)) {
            // kitgen's own templates write each text of the kit a bounded number of times: the kit is what is large.
            throw new TooLong("it would be longer than " + MAX_DOCUMENT_CHARS / (1024 * 1024) + " million characters, "
                    + "the most one document may have (a kit of 12 criteria and 8 stages of 20 questions makes a "
                    + "packet of a quarter million)");
        }
        return new KitgenException(Location.ofFile(show(template)), "template makes a document longer than "
                + MAX_DOCUMENT_CHARS / (1024 * 1024) + " million characters (sections nested over the same list?); "
                + "the shipped templates make under half a million for a kit of 12 criteria and 8 stages of 20 "
                + "questions");
    }

    /**
     * Refuses a template whose sections nest deeper than {@link #MAX_SECTION_DEPTH}, before
     * mustache.java sees it: it compiles and runs sections recursively, and each level looks names
     * up through every enclosing scope, so thousands of levels either overflow the stack or, once
     * compiled code makes the frames small enough, run for minutes.
     */
    private void checkNesting(String text, String name) {
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '{' && text.startsWith("{{", i) && i + 2 < text.length()) {
                char kind = text.charAt(i + 2);
                if (kind == '#' || kind == '^' || kind == '$' || kind == '<') {
                    if (++depth > MAX_SECTION_DEPTH) {
                        throw new KitgenException(new Location(show(name), line, i - lineStart + 1),
                                "template nests sections or partials too deeply: more than " + MAX_SECTION_DEPTH
                                        + " levels at this tag; nest them less deeply");
                    }
                } else if (kind == '/') {
                    depth = Math.max(0, depth - 1);
                }
            }
        }
    }

    /** mustache.java compiles and runs sections recursively: thousands of nested sections overflow its stack. */
    private KitgenException tooDeep(String template) {
        return new KitgenException(Location.ofFile(show(template)), "template nests sections or partials too deeply "
                + "to render; nest them at most a few hundred levels");
    }

    private KitgenException templateError(MustacheException e, String template) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // A template file that leads outside its folder, found while compiling.
            if (t instanceof KitgenException k) return k;
        }
        TemplateContext tc = e.getContext();
        Throwable cause = e.getCause() instanceof MustacheException inner ? inner : e;
        Location at = tc == null ? Location.ofFile(show(template)) : new Location(show(tc.file()), Math.max(1, tc.line()), 1);
        if (cause instanceof MustacheNotFoundException nf) {
            return new KitgenException(at, "partial '" + nf.getName() + "' not found in " + describeFolders());
        }
        String message = cause.getMessage() == null ? "invalid template" : cause.getMessage();
        int cut = message.indexOf(" @[");
        return new KitgenException(at, "template error: " + (cut > 0 ? message.substring(0, cut) : message));
    }

    private String describeFolders() {
        return String.join(" or ", folders.stream()
                .map(f -> f.builtIn() ? "kitgen's built-in templates" : f.display() + "/").toList());
    }

    /** How a template is named in messages: its path in the folder it came from. */
    public String show(String template) {
        String name = template.startsWith("/") ? template.substring(1) : template;
        return shownAs.getOrDefault(name, "templates/" + name);
    }

    /** Whether {@code template} (as mustache.java names it) was read from a user's folder, not kitgen's own. */
    private boolean fromUser(String template) {
        return userTemplates.contains(template.startsWith("/") ? template.substring(1) : template);
    }

    /**
     * The file of {@code template} in the first folder that has it. Something other than a file
     * where a template would be (a folder, a named pipe) is an error, never opened, and does not
     * let a later folder's template stand in for it.
     */
    Optional<FolderFile> find(String template) {
        for (Folder folder : folders) {
            Optional<FolderFile> path = folder.file(template);
            if (path.isPresent()) {
                shownAs.put(template, folder.show(template));
                if (!folder.builtIn()) userTemplates.add(template);
                return path;
            }
            if (!folder.builtIn() && folder.has(template)) {
                boolean isFolder = Files.isDirectory(folder.root().resolve(template));
                throw new KitgenException(Location.ofFile(folder.show(template)), "not read: "
                        + (isFolder ? "a folder, not a regular file" : "not a regular file (a named pipe, socket or device)")
                        + "; a template must be a file");
            }
        }
        return Optional.empty();
    }

    /** Largest font file read from a templates folder: the built-in CJK font is 4 MB. */
    public static final int MAX_FONT_BYTES = 32 * 1024 * 1024;

    /**
     * The TrueType fonts of the user's templates folders ({@code fonts/*.ttf}), by the name
     * messages give each file, for PDFs to embed. A link out of the folder, or a file larger
     * than {@link #MAX_FONT_BYTES}, is an error at the file.
     */
    public Map<String, byte[]> fonts() {
        Map<String, byte[]> fonts = new java.util.LinkedHashMap<>();
        for (Folder folder : folders) {
            if (folder.builtIn()) continue;
            for (String name : folder.has("fonts") ? folder.in("fonts").names() : List.<String>of()) {
                if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")) continue;
                String file = "fonts/" + name;
                FolderFile path = folder.file(file).orElse(null);
                if (path == null) continue;
                try {
                    if (path.size() > MAX_FONT_BYTES) {
                        throw new KitgenException(Location.ofFile(folder.show(file)), "font is larger than "
                                + MAX_FONT_BYTES / (1024 * 1024) + " MiB; use a font of the scripts you need");
                    }
                    fonts.put(folder.show(file), path.read());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return fonts;
    }

    /** The text of a template file that {@link #find} finds: at most {@link #MAX_TEMPLATE_BYTES}, UTF-8, not nested too deeply. */
    private String read(String name, String resourceName) {
        FolderFile path = find(name).orElseThrow(() -> new MustacheNotFoundException(resourceName));
        try {
            if (path.size() > MAX_TEMPLATE_BYTES) {
                throw new KitgenException(Location.ofFile(show(name)), "template is larger than "
                        + MAX_TEMPLATE_BYTES / (1024 * 1024) + " MiB; a template must be smaller");
            }
            String text = decode(path.read(), show(name));
            checkNesting(text, name);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strict UTF-8; a byte that is not is reported where it is, by line and column. */
    private static String decode(byte[] bytes, String shown) {
        try {
            return Utf8.decode(bytes);
        } catch (Utf8.Malformed e) {
            throw new KitgenException(new Location(shown, e.line(), e.column()), "template is not valid UTF-8 "
                    + "(byte " + (e.getInputLength() == 1 ? "" : "sequence ") + "at this place); save the file as UTF-8");
        }
    }

    private final class Factory extends DefaultMustacheFactory {
        private final Format format;
        /** Partials compiled, by the name mustache.java gives them. */
        private final Map<String, Mustache> partials = new ConcurrentHashMap<>();

        Factory(Format format) {
            this.format = format;
            setObjectHandler(new StrictObjectHandler());
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new Visitor(this);
        }

        /**
         * A partial compiled once, wherever it is included: mustache.java compiles it anew at every
         * tag that includes it, so 13 small partials that each included the next ten times compiled
         * 10^12 copies (minutes, gigabytes) before a line was rendered. Compiled once, the same
         * partials are instead run 10^12 times, which {@link TemplateWork} stops within its steps.
         * A partial that includes itself is still found by mustache.java while it compiles.
         */
        @Override
        public Mustache compilePartial(String name) {
            Mustache done = partials.get(name);
            if (done != null) return done;
            Mustache partial = super.compilePartial(name);
            partials.put(name, partial);
            return partial;
        }

        @Override
        public Reader getReader(String resourceName) {
            // Partials arrive as paths from the templates root, with a leading slash.
            String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
            return new StringReader(read(name, resourceName));
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                String escaped = format.escape(value);
                if (writer instanceof LimitedWriter limited && limited.writeMarked(value, escaped)) return;
                writer.write(escaped);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Builds the compiled code of a template: counted, located, and refusing what kitgen does not allow. */
    private final class Visitor extends DefaultMustacheVisitor {

        Visitor(Factory factory) {
            super(factory);
        }

        /**
         * In a user's template, {@code {{{x}}}} and {{@code {&x}}} would place kit text unescaped, as
         * markup. kitgen's own templates may, for values the view model escaped for their place
         * (such as a CSS string).
         */
        @Override
        public void value(TemplateContext tc, String variable, boolean encoded) {
            if (!encoded && fromUser(tc.file()) && !Layout.ESCAPED_FOR_THEIR_PLACE.contains(variable.strip())) {
                throw new MustacheException("'" + variable + "' is placed unescaped ({{{" + variable + "}}} or {{&"
                        + variable + "}}), which would let text from a kit become markup; write {{" + variable
                        + "}}", tc);
            }
            list.add(new RichValueCode(tc, df, variable, encoded, ((Factory) df).format));
        }

        /**
         * As the default, but a partial that is not found is reported at the tag that names it, and
         * so is a render that runs out of steps inside the partial but in none of its sections.
         */
        @Override
        public void partial(TemplateContext tc, String variable, String indent) {
            TemplateContext partialTc = new TemplateContext("{{", "}}", tc.file(), tc.line(), tc.startOfLine());
            list.add(new PartialCode(partialTc, df, variable) {
                @Override
                public synchronized void init() {
                    try {
                        super.init();
                    } catch (MustacheNotFoundException e) {
                        throw new MustacheException(e, tc);
                    }
                }

                @Override
                public Writer execute(Writer writer, List<Object> scopes) {
                    try {
                        return super.execute(writer, scopes);
                    } catch (TemplateWork.Exceeded e) {
                        e.locate(tc);
                        throw e;
                    }
                }
            });
        }

        /**
         * A dynamic partial, {@code {{>*name}}}, includes the partial whose name is the value of
         * {@code name} in the view, that is text from a kit (a criterion's title, a role) or the
         * view's own lists (with {@code {{>*criteria}}}, a list's text, which failed inside
         * mustache.java). Which file a template includes is the template's choice, never a kit's.
         */
        @Override
        public void dynamicPartial(TemplateContext tc, String variable, String indent) {
            throw new MustacheException("'{{>" + variable.strip() + "}}' (a dynamic partial) is not supported: it would "
                    + "take the partial's name from the view, that is from the kit's text; name the partial itself, "
                    + "such as {{> partials/criterion}}", tc);
        }

        /** Every template, partial and section body counts its steps as it runs. */
        @Override
        public Mustache mustache(TemplateContext tc) {
            return new CountedMustache(tc, df, list.toArray(new Code[0]));
        }

        /** A section's body is known by the section's tag (the parser gives it line 0). */
        @Override
        public void iterable(TemplateContext tc, String variable, Mustache body) {
            super.iterable(tc, variable, new CountedMustache(tc, df, body.getCodes()));
        }

        @Override
        public void notIterable(TemplateContext tc, String variable, Mustache body) {
            super.notIterable(tc, variable, new CountedMustache(tc, df, body.getCodes()));
        }

        /**
         * Template inheritance rewrites the parent's compiled code in place, through its partials:
         * with a partial compiled once (see {@link Factory#compilePartial}), that would change it
         * wherever it is included, and the rewriting walks every path through the partials, 10^12
         * of them for 13 partials that each include the next ten times.
         */
        @Override
        public void extend(TemplateContext tc, String variable, Mustache body) {
            throw new MustacheException("'{{<" + variable + "}}' (template inheritance) is not supported; "
                    + "include a partial with {{> " + variable + "}}, or override the whole template file", tc);
        }
    }

    /**
     * A variable's value in the output. A {@link RichText} is written in the format, with its
     * escaping built in, and in Markdown fitted to where the line so far puts it; any other value
     * is escaped as text by the factory.
     */
    private static final class RichValueCode extends ValueCode {
        private final Format format;

        RichValueCode(TemplateContext tc, DefaultMustacheFactory df, String variable, boolean encoded, Format format) {
            super(tc, df, variable, encoded);
            this.format = format;
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            Object value;
            try {
                value = get(scopes);
                if (value instanceof RichText rich) {
                    writeRich(rich, writer);
                } else if (value != null) {
                    execute(writer, oh.stringify(value));
                }
            } catch (IOException e) {
                throw new MustacheException("Failed to write value for " + name, e, tc);
            }
            return appendText(writer);
        }

        private void writeRich(RichText rich, Writer writer) throws IOException {
            LimitedWriter lines = LimitedWriter.under(writer);
            if (format != Format.MD) {
                boolean blocks = lines != null && lines.line().isBlank();
                String html = RichTextWriter.html(rich, blocks);
                if (lines != null && lines.writeMarked(rich.markdown(), html, blocks ? "div" : "span")) return;
                writer.write(html);
                return;
            }
            String text = lines == null ? RichTextWriter.markdown(rich, "", "")
                    : RichTextWriter.markdown(rich, lines.line(), lines.previousLine());
            // A text that starts below the line leaves no spaces at the end of it.
            if (text.startsWith("\n") && lines != null) lines.trimLine();
            writer.write(text);
        }
    }

    /**
     * A template, partial or section body that takes its steps from the render's
     * {@link TemplateWork} each time it runs: one, and one for each of its tags and pieces of text.
     */
    private static final class CountedMustache extends DefaultMustache {
        CountedMustache(TemplateContext tc, DefaultMustacheFactory df, Code[] codes) {
            super(tc, df, codes, tc.file());
        }

        @Override
        public Writer run(Writer writer, List<Object> scopes) {
            Code[] codes = getCodes();
            TemplateWork.of(scopes).spend(1 + (codes == null ? 0 : codes.length), tc);
            return super.run(writer, scopes);
        }
    }

    /**
     * Views hold no nulls, so a null binding means the template names something the view lacks.
     * A name is looked up through the scopes from the innermost out, so each lookup takes a step
     * per scope: inside hundreds of nested sections, one lookup is hundreds of times the work.
     */
    private final class StrictObjectHandler extends ReflectionObjectHandler {
        private final Map<List<Object>, Optional<AccessibleObject>> members = new ConcurrentHashMap<>();

        /**
         * A name's method or field in a class, found by reflection once per run. mustache.java
         * looks again for every new arrangement of scopes, through every scope, and each miss
         * throws an exception that records the whole stack: 1,000 names looked up inside 520
         * nested sections ran for more than 5 minutes within the step limit.
         */
        @Override
        protected AccessibleObject findMember(Class sClass, String name) {
            List<Object> key = List.of(sClass, name);
            Optional<AccessibleObject> member = members.get(key);
            if (member == null) {
                member = Optional.ofNullable(super.findMember(sClass, name));
                members.put(key, member);
            }
            return member.orElse(null);
        }

        @Override
        public Binding createBinding(String name, TemplateContext tc, Code code) {
            Binding binding = super.createBinding(name, tc, code);
            // A dotted name checks three more things in each scope that lacks its first part.
            int perScope = name != null && name.indexOf('.') > 0 ? 4 : 1;
            return scopes -> {
                TemplateWork.of(scopes).spend(perScope * scopes.size(), tc);
                Object value = binding.get(scopes);
                if (value == null) {
                    throw new KitgenException(new Location(show(tc.file()), tc.line(), 1),
                            "template uses '" + UserText.quote(name) + "', which kitgen does not provide here; check the name "
                                    + "against the README's list of template variables");
                }
                return value;
            };
        }
    }

    /**
     * Passes text on until {@link #MAX_DOCUMENT_CHARS}, then stops the render. It keeps the start
     * of the line being written, which tells a rich text in Markdown where it is placed.
     */
    private static final class LimitedWriter extends Writer {
        /** How much of a line is kept: enough for a table's pipe or a nested list item's marker. */
        private static final int LINE_KEPT = 64;

        private final StringWriter out;
        private final StringBuilder line = new StringBuilder();
        private String previous = "";
        private long written;
        /** The document whose texts in another language are marked; null in a format that marks none (Markdown). */
        private final Views.DocumentInfo doc;
        private boolean inTag;
        private boolean naming;
        private final StringBuilder tag = new StringBuilder();
        private boolean inRawText;

        LimitedWriter(StringWriter out, Views.DocumentInfo doc) {
            this.out = out;
            this.doc = doc;
        }

        /**
         * Writes {@code escaped}, the escaped {@code value}, in an element of its own language if
         * {@code value} is a text in another language than the document's and lands where an
         * element may be opened (not in a tag's attribute, nor in a title or style element).
         * Returns whether it did.
         */
        boolean writeMarked(String value, String escaped) throws IOException {
            return writeMarked(value, escaped, "span");
        }

        /** As {@link #writeMarked(String, String)}, in an {@code element} (a div around blocks of rich text). */
        boolean writeMarked(String value, String escaped, String element) throws IOException {
            if (doc == null || inTag || inRawText) return false;
            java.util.Optional<dev.kitgen.model.Language> lang = doc.otherLanguage().of(value);
            if (lang.isEmpty()) return false;
            String dir = lang.get().direction().css();
            write("<" + element + " lang=\"" + lang.get().tag() + "\"" + (dir.equals(doc.dir()) ? "" : " dir=\"" + dir + "\"")
                    + ">" + escaped + "</" + element + ">");
            return true;
        }

        /** Follows the markup written so far, to know where the next text lands. */
        private void track(char c) {
            if (c == '<') {
                inTag = true;
                naming = true;
                tag.setLength(0);
            } else if (inTag && c == '>') {
                inTag = false;
                String name = tag.toString().toLowerCase(java.util.Locale.ROOT);
                if (name.equals("title") || name.equals("style")) inRawText = true;
                if (name.equals("/title") || name.equals("/style")) inRawText = false;
            } else if (inTag && naming) {
                if (Character.isWhitespace(c) || c == '/' && tag.length() > 0) naming = false;
                else if (tag.length() < 8) tag.append(c);
            }
        }

        /** The LimitedWriter a template writes through, under the indentation of partials; null if none. */
        static LimitedWriter under(Writer writer) {
            Writer w = writer;
            while (w instanceof IndentWriter indent) w = indent.inner;
            return w instanceof LimitedWriter limited ? limited : null;
        }

        /** The start of the line written so far. */
        String line() {
            return line.toString();
        }

        /** The start of the last line before this one that is not blank. */
        String previousLine() {
            return previous;
        }

        /** Drops the spaces that end the line written so far. */
        void trimLine() {
            StringBuffer text = out.getBuffer();
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') end--;
            int cut = text.length() - end;
            text.setLength(end);
            written -= cut;
            line.setLength(Math.max(0, Math.min(line.length(), line.length() - cut)));
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            count(len);
            out.write(chars, off, len);
            follow(new String(chars, off, len), 0, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            count(len);
            out.write(str, off, len);
            follow(str, off, off + len);
        }

        private void count(int len) {
            written += len;
            if (written > MAX_DOCUMENT_CHARS) throw new TooLongException();
        }

        /**
         * In one pass over what was written ({@code text} from {@code from} to {@code to}): the
         * markup it is in (when marking) and the line it is on. (A string, not a CharSequence
         * wrapping it: a cold run interprets this loop, and each charAt of a CharBuffer is calls deep.)
         */
        private void follow(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (doc != null) track(c);
                if (c == '\n') {
                    String ended = line.toString();
                    if (!ended.isBlank()) previous = ended;
                    line.setLength(0);
                } else if (line.length() < LINE_KEPT) {
                    line.append(c);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static final class TooLongException extends RuntimeException {
        TooLongException() {
            super(null, null, false, false);
        }
    }
}
