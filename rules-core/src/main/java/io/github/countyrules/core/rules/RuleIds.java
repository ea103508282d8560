package io.github.countyrules.core.rules;

/** Orders rule ids naturally: "NX-C2a" &lt; "NX-C2b" &lt; "NX-C10", "NX-D1" &lt; "NX-D2". */
public final class RuleIds {
    private RuleIds() {
    }

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = compareNumbers(a, si, i, b, sj, j);
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Compares the digit runs a[si, ei) and b[sj, ej) as numbers of any length, without parsing them. */
    private static int compareNumbers(String a, int si, int ei, String b, int sj, int ej) {
        while (si < ei - 1 && a.charAt(si) == '0') {
            si++;
        }
        while (sj < ej - 1 && b.charAt(sj) == '0') {
            sj++;
        }
        if (ei - si != ej - sj) {
            return Integer.compare(ei - si, ej - sj);
        }
        for (; si < ei; si++, sj++) {
            if (a.charAt(si) != b.charAt(sj)) {
                return Character.compare(a.charAt(si), b.charAt(sj));
            }
        }
        return 0;
    }
}
