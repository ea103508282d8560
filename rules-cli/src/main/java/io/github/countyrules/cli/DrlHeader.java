package io.github.countyrules.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening comment of a DRL file: by the project's convention it names the source document,
 * quotes the clauses the file implements and says what is not modelled and why
 * (docs/rule-authoring.md). The rulebook shows it as the quoted text and collects those notes.
 */
final class DrlHeader {
    private static final Pattern NOT_MODELLED = Pattern.compile("(?i)not modell?ed|未建模|不建模|未予建模");

    private DrlHeader() {
    }

    /** The comment's lines without the comment marks, or empty when the file opens with no comment. */
    static List<String> lines(String drl) {
        String s = drl.startsWith("\uFEFF") ? drl.substring(1) : drl;
        List<String> src = s.lines().toList();
        int i = 0;
        // an SPDX line or blank lines may come first
        while (i < src.size() && (src.get(i).isBlank() || src.get(i).strip().startsWith("// SPDX"))) {
            i++;
        }
        List<String> out = new ArrayList<>();
        if (i < src.size() && src.get(i).strip().startsWith("/*")) {
            for (boolean first = true; i < src.size(); i++, first = false) {
                String line = src.get(i);
                int close = line.indexOf("*/");
                if (close >= 0) {
                    line = line.substring(0, close);
                }
                String t = line.stripLeading();
                if (first) {
                    t = t.substring(2);
                    while (t.startsWith("*")) {
                        t = t.substring(1);
                    }
                    t = t.strip();
                } else if (t.startsWith("*")) {
                    // " * " is the margin; what follows keeps its indentation (clauses sit under their heading)
                    t = t.substring(1);
                    t = t.startsWith(" ") ? t.substring(1) : t;
                }
                out.add(stripEnd(t));
                if (close >= 0) {
                    break;
                }
            }
        } else {
            for (; i < src.size() && src.get(i).strip().startsWith("//"); i++) {
                String line = src.get(i).strip().substring(2);
                out.add(stripEnd(line.startsWith(" ") ? line.substring(1) : line));
            }
        }
        while (!out.isEmpty() && out.get(0).isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * What the comment says is not modelled: from "Not modelled" to the end of its paragraph, or,
     * where "not modelled" stands inside a sentence, that sentence.
     */
    static List<String> notModelled(List<String> header) {
        List<String> notes = new ArrayList<>();
        for (String p : paragraphs(header)) {
            Matcher m = NOT_MODELLED.matcher(p);
            if (!m.find()) {
                continue;
            }
            int at = m.start();
            if (p.startsWith("Not", at) || p.startsWith("未", at) || p.startsWith("不", at)) {
                // "Not modelled: X, because Y" is listed under the heading "Not modelled" as "X, because Y"
                String note = p.substring(at).replaceFirst("^(?i)(not\\s+modell?ed|未建模|不建模|未予建模)\\s*[:：]\\s*", "").strip();
                notes.add(note.isEmpty() ? p.substring(at).strip() : Character.toUpperCase(note.charAt(0)) + note.substring(1));
            } else {
                int start = Math.max(Math.max(p.lastIndexOf(". ", at), p.lastIndexOf("; ", at)), p.lastIndexOf("。", at));
                start = start < 0 ? 0 : start + (p.charAt(start) == '。' ? 1 : 2);
                int end = p.indexOf(". ", at);
                String sentence = end < 0 ? p.substring(start) : p.substring(start, end + 1);
                sentence = sentence.strip();
                notes.add(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1));
            }
        }
        return notes;
    }

    /** Lines joined into paragraphs at blank lines; no space is put between two Chinese characters. */
    static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        for (String l : lines) {
            String s = l.strip();
            if (s.isEmpty()) {
                if (p.length() > 0) {
                    out.add(p.toString());
                    p.setLength(0);
                }
                continue;
            }
            if (p.length() > 0 && !(cjk(p.charAt(p.length() - 1)) && cjk(s.charAt(0)))) {
                p.append(' ');
            }
            p.append(s);
        }
        if (p.length() > 0) {
            out.add(p.toString());
        }
        return out;
    }

    private static boolean cjk(char c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(0, e);
    }
}
