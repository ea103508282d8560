package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.InputError;

import java.util.ArrayList;
import java.util.List;

/** Collects input errors with messages in Chinese and English. */
public final class Errors {
    private final List<InputError> list;

    public Errors() {
        this(new ArrayList<>());
    }

    public Errors(List<InputError> sink) {
        this.list = sink;
    }

    public void add(String path, Object value, String zh, String en) {
        list.add(new InputError(path, value == null ? null : String.valueOf(value), zh, en));
    }

    public void missing(String path) {
        add(path, null, "缺少必填字段", "required field is missing");
    }

    public void unknownField(String path, String name, java.util.Collection<String> allowed) {
        String near = nearest(name, allowed);
        add(path, name, "未知字段 " + name + (near == null ? "" : "，是否应为 " + near + "？") + "；可用字段："
                        + String.join(", ", allowed),
                "unknown field '" + name + "'" + (near == null ? "" : "; did you mean " + near + "?") + "; expected one of: "
                        + String.join(", ", allowed));
    }

    public void wrongType(String path, Object value, String expectedZh, String expectedEn) {
        add(path, value, "应为" + expectedZh + "，实为 " + value, "expected " + expectedEn + ", found " + value);
    }

    public void unknownWord(String path, Object value, java.util.Collection<String> allowed) {
        String near = nearest(String.valueOf(value), allowed);
        add(path, value, "未知取值 " + value + (near == null ? "" : "，是否应为 " + near + "？") + "；应为："
                        + String.join(" | ", allowed),
                "unknown word '" + value + "'" + (near == null ? "" : "; did you mean " + near + "?") + "; expected one of: "
                        + String.join(" | ", allowed));
    }

    /**
     * The allowed word closest to {@code word}, for "did you mean": the same word in other case or
     * with {@code -} for {@code _}, else the one fewest edits away (at most a third of its length,
     * and at least 1 or 2 edits), the first in {@code allowed} on a tie; null when none is close.
     */
    public static String nearest(String word, java.util.Collection<String> allowed) {
        if (word == null || word.isEmpty() || allowed.contains(word)) {
            return null;
        }
        String norm = normal(word);
        for (String a : allowed) {
            if (normal(a).equals(norm)) {
                return a;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            int limit = Math.max(word.length() <= 4 ? 1 : 2, Math.min(word.length(), a.length()) / 3);
            if (Math.abs(a.length() - word.length()) > limit) {
                continue;
            }
            int d = distance(norm, normal(a));
            if (d <= limit && d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    private static String normal(String s) {
        return s.toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /** Edit distance (insertions, deletions, substitutions, swaps of neighbours). */
    private static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** A field name as it appears in a path: plain when it is a word, quoted otherwise ("" for an empty name). */
    public static String key(String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            return name;
        }
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<InputError> list() {
        return list;
    }
}
