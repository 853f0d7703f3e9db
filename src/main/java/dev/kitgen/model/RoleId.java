package dev.kitgen.model;

import java.util.regex.Pattern;

/**
 * The id of a role, such as {@code data-engineer}: it names the kit's folder and the folder its
 * documents are written to, so only ids of the pattern exist as values, and none climbs out
 * of a folder. Every other id of a kit (criteria, stages, questions) has the same form.
 */
public record RoleId(String value) implements Comparable<RoleId> {

    /** Lowercase letters and digits in words joined by single hyphens. */
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public RoleId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a role id; write lowercase letters, digits and "
                    + "single hyphens, such as 'data-engineer'");
        }
    }

    /** The role id {@code value}; throws {@link IllegalArgumentException}, in words for a user, if it is none. */
    public static RoleId of(String value) {
        return new RoleId(value);
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    // equals and hashCode are written out: a record's own are made of method handles on their
    // first call, which costs a cold run several milliseconds (src/build/STARTUP.md).
    @Override
    public boolean equals(Object o) {
        return o instanceof RoleId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(RoleId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
