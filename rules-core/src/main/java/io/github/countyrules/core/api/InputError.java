package io.github.countyrules.core.api;

/**
 * One problem with the input: where it is ({@code monitoring[3].grade}, {@code parameters.x}),
 * the value found there (null when the field is missing), and a message in Chinese and English
 * saying what was expected.
 */
public record InputError(String path, String value, String zh, String en) implements Comparable<InputError> {
    @Override
    public int compareTo(InputError o) {
        int c = PathOrder.compare(path, o.path);
        return c != 0 ? c : en.compareTo(o.en);
    }

    @Override
    public String toString() {
        return path + ": " + en + (value == null ? "" : " (found: " + value + ")");
    }

    /** Orders paths so that list indexes compare as numbers: a[2] before a[10]. */
    static final class PathOrder {
        static int compare(String a, String b) {
            return io.github.countyrules.core.rules.RuleIds.compare(a, b);
        }
    }
}
