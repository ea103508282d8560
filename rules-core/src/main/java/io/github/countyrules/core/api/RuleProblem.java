package io.github.countyrules.core.api;

/**
 * A problem in a rule file or parameter table: where ({@code file:line:column}, line and column
 * 1-based, 0 when unknown) and what, in plain words in Chinese and English; {@code detail} is the
 * compiler's own text where the problem comes from the compiler (empty otherwise), for whoever
 * writes Java.
 */
public record RuleProblem(String file, int line, int column, String zh, String en, String detail) implements Comparable<RuleProblem> {
    public RuleProblem {
        detail = detail == null ? "" : detail;
    }

    /** A problem found by the library's own checks (no compiler text). */
    public RuleProblem(String file, int line, int column, String zh, String en) {
        this(file, line, column, zh, en, "");
    }

    @Override
    public int compareTo(RuleProblem o) {
        int c = file.compareTo(o.file);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        if (c == 0) {
            c = Integer.compare(column, o.column);
        }
        return c != 0 ? c : en.compareTo(o.en);
    }

    /** {@code file:line:column: message} in English. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + en;
    }

    /** {@code file:line:column: message} in Chinese. */
    public String toStringZh() {
        return file + ":" + line + ":" + column + ": " + zh;
    }
}
