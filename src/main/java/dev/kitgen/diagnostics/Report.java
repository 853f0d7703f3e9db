package dev.kitgen.diagnostics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kitgen.printer.JsonText;

import java.util.List;

/** The outcome of checking some kits: which roles were checked and every problem found, sorted. */
public record Report(List<String> roles, List<Diagnostic> diagnostics) {

    /** Version of the JSON document; raised only when a field changes meaning or goes away. */
    public static final int JSON_FORMAT = 1;

    public Report {
        roles = List.copyOf(roles);
        diagnostics = diagnostics.stream().sorted().toList();
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    /** Whether the check passed: no error. */
    public boolean passed() {
        return errors() == 0;
    }

    /** The same report with every warning turned into an error: what {@code --strict} asks for. */
    public Report strict() {
        return new Report(roles, diagnostics.stream()
                .map(d -> d.isError() ? d : Diagnostic.error(d.location(), d.message())).toList());
    }

    /**
     * A stable JSON document for machines: the same input gives the same bytes, keys in a fixed
     * order, two-space indent, LF line ends. Lines and columns are 1-based; 0 when a problem
     * concerns a whole file.
     */
    public String toJson(boolean strict) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", JSON_FORMAT);
        ArrayNode roleList = root.putArray("roles");
        roles.forEach(roleList::add);
        root.put("strict", strict);
        root.put("passed", passed());
        root.put("errors", errors());
        root.put("warnings", warnings());
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode item = list.addObject();
            item.put("file", d.location().file());
            item.put("line", d.location().line());
            item.put("column", d.location().column());
            item.put("severity", d.severity().label());
            item.put("message", d.message());
        }
        return JsonText.pretty(root);
    }
}
