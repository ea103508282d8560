package io.github.countyrules.core.internal;

/**
 * Control characters in text from outside: C0 and C1 controls (NUL, ESC …; tab, line feed and
 * carriage return aside), DEL, and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that make a terminal or an editor show text in another order than it is read.
 */
public final class ControlChars {
    private ControlChars() {
    }

    /** Whether {@code c} is refused in input strings and escaped on output. */
    public static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    /** The index of the first control character in {@code s}, or -1. */
    public static int find(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} with every control character written as {@code \\uXXXX}; null stays null. */
    public static String escape(String s) {
        if (s == null || find(s) < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
