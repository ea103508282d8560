package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.RuleProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Drools compiler message into a problem a policy officer can act on: the line of the
 * mistake itself (the compiler places an error in a rule's {@code then} part on the rule's first
 * line; the word it names is looked up in the rule's text), and what is wrong in plain words, in
 * Chinese and English. The compiler's own text is kept as the problem's detail.
 */
final class CompilerWords {
    private static final Pattern ERR_PARSER = Pattern.compile("\\[ERR (\\d+)] Line (\\d+):(\\d+) (.*?)(?: in rule \"([^\"]*)\")?$");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)'(?: expecting (.*))?");
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '([^']*)'");
    private static final Pattern MISSING_TOKEN = Pattern.compile("missing (\\S+) at '([^']*)'");
    private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '([^']*)'");
    private static final Pattern STRICT_METHOD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.*?):");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern CANNOT_RESOLVE = Pattern.compile("(\\w+(?:\\.\\w+)*) cannot be resolved(?: to a (type|variable))?");
    private static final Pattern UNABLE_RESOLVE_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern TYPE_MISMATCH = Pattern.compile("Type mismatch: cannot convert from (\\S+) to (\\S+)");
    private static final Pattern RULE_HEAD = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    private CompilerWords() {
    }

    /** The problem at {@code line} (1-based, 0 when unknown) of {@code file}, whose text is {@code source} (null when unknown). */
    static RuleProblem explain(String file, int line, int column, String compilerText, String source, ClassLoader cl) {
        String text = compilerText.replaceAll("\\s+", " ").trim();
        List<String> lines = source == null ? List.of() : source.lines().toList();
        String zh;
        String en;
        String word = null;
        Matcher m;
        if ((m = ERR_PARSER.matcher(text)).find()) {
            line = Integer.parseInt(m.group(2));
            column = Integer.parseInt(m.group(3)) + 1;
            String what = m.group(4);
            String rule = m.group(5);
            String inRule = rule == null ? "" : "(规则“" + rule + "”)";
            String inRuleEn = rule == null ? "" : " (rule \"" + rule + "\")";
            Matcher x;
            if ((x = MISMATCHED.matcher(what)).find() || (x = EXTRANEOUS.matcher(what)).find()) {
                String tok = printable(x.group(1));
                zh = "写法有误：此处不应出现“" + tok + "”" + inRule + "。请检查上一处的括号、逗号、分号和引号是否成对、是否漏写";
                en = "this is not valid rule syntax: \"" + tok + "\" is not expected here" + inRuleEn
                        + ". Check the brackets, commas, semicolons and quotes just before it";
            } else if ((x = NO_VIABLE.matcher(what)).find()) {
                String tok = printable(x.group(1));
                zh = "写法有误：无法读懂“" + tok + "”" + inRule + "。请检查拼写，以及括号、逗号和引号是否成对";
                en = "this is not valid rule syntax: cannot read \"" + tok + "\"" + inRuleEn + ". Check the spelling and that brackets, commas and quotes pair up";
            } else if ((x = MISSING_TOKEN.matcher(what)).find()) {
                zh = "写法有误：在“" + printable(x.group(2)) + "”之前缺少 " + x.group(1) + inRule;
                en = "this is not valid rule syntax: " + x.group(1) + " is missing before \"" + printable(x.group(2)) + "\"" + inRuleEn;
            } else {
                zh = "写法有误，规则文件无法读取" + inRule;
                en = "this is not valid rule syntax; the rule file cannot be read" + inRuleEn;
            }
        } else if ((m = STRICT_METHOD.matcher(text)).find()) {
            String type = simple(m.group(1));
            word = m.group(2);
            String hint = closest(word, properties(m.group(1), cl));
            zh = "条件中的“" + word + "”不是" + type + "的字段" + (hint == null ? "(拼写错误？)" : "：是不是“" + hint + "”？");
            en = "\"" + word + "\" is not a field of " + type + (hint == null ? " (a typo?)" : ": did you mean \"" + hint + "\"?");
        } else if ((m = UNDEFINED_METHOD.matcher(text)).find()) {
            word = m.group(1);
            zh = "“" + word + "”不是 " + m.group(3) + " 提供的方法(拼写错误？)";
            en = "\"" + word + "\" is not a method of " + m.group(3) + " (a typo?)";
        } else if ((m = UNABLE_RESOLVE_TYPE.matcher(text)).find()) {
            word = simple(m.group(1));
            zh = "没有名为“" + word + "”的事实类型(拼写错误？)";
            en = "there is no kind of fact named \"" + word + "\" (a typo?)";
        } else if ((m = CANNOT_RESOLVE.matcher(text)).find()) {
            word = m.group(1);
            zh = "“" + word + "”无法识别：没有这个名称的变量、字段或类型(拼写错误，或在条件中没有绑定？)";
            en = "\"" + word + "\" is not known: no variable, field or type has this name (a typo, or not bound in the conditions?)";
        } else if ((m = TYPE_MISMATCH.matcher(text)).find()) {
            zh = "取值类型不符：这里需要 " + simple(m.group(2)) + "，写的是 " + simple(m.group(1));
            en = "the value has the wrong type: " + simple(m.group(2)) + " is needed here, " + simple(m.group(1)) + " is given";
        } else if ((m = ANALYSE.matcher(text)).find()) {
            zh = "无法理解条件“" + m.group(1).trim() + "”：请检查字段名和取值的写法";
            en = "cannot make sense of the condition \"" + m.group(1).trim() + "\": check the field names and values";
        } else {
            zh = "规则无法编译";
            en = "the rule does not compile";
        }
        if (word != null && !lines.isEmpty()) {
            int at = lineOf(lines, line, word);
            if (at > 0) {
                if (at != line) {
                    column = 0;
                }
                line = at;
            }
        }
        if (column == 0 && word != null && line > 0 && line <= lines.size()) {
            int c = indexOfWord(lines.get(line - 1), word);
            column = c < 0 ? 0 : c + 1;
        }
        return new RuleProblem(file, line, column, zh, en, text);
    }

    /**
     * The line that holds {@code word}: searched from {@code from} (the line the compiler gave,
     * often the rule's first) to the rule's {@code end}; {@code from} itself when not found.
     */
    private static int lineOf(List<String> lines, int from, String word) {
        if (from <= 0 || from > lines.size()) {
            return from;
        }
        // from the line given back to the rule's head, then forward to its end
        int start = from;
        while (start > 1 && !RULE_HEAD.matcher(lines.get(start - 1)).find()) {
            start--;
        }
        if (indexOfWord(lines.get(from - 1), word) >= 0) {
            return from;
        }
        for (int i = start; i <= lines.size(); i++) {
            String l = lines.get(i - 1);
            if (i > start && (RULE_HEAD.matcher(l).find() || l.trim().equals("end"))) {
                break;
            }
            if (indexOfWord(codeOnly(l), word) >= 0) {
                return i;
            }
        }
        return from;
    }

    private static String codeOnly(String line) {
        int c = line.indexOf("//");
        return c < 0 ? line : line.substring(0, c);
    }

    private static int indexOfWord(String line, String word) {
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])").matcher(line);
        return m.find() ? m.start() : -1;
    }

    private static String printable(String token) {
        return token.equals("<EOF>") ? "文件结尾/end of file" : token;
    }

    private static String simple(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }

    /** The readable properties of a fact class (record components and getters), or none when it cannot be loaded. */
    private static List<String> properties(String className, ClassLoader cl) {
        List<String> out = new ArrayList<>();
        try {
            Class<?> c = Class.forName(className, false, cl);
            for (java.lang.reflect.Method m : c.getMethods()) {
                if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class) {
                    continue;
                }
                String n = m.getName();
                if (n.startsWith("get") && n.length() > 3) {
                    out.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
                } else if (n.startsWith("is") && n.length() > 2) {
                    out.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
                } else {
                    out.add(n);
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // no suggestion then
        }
        return out;
    }

    /** The name nearest to {@code word} by edit distance, when it is near enough to be a typo of it. */
    private static String closest(String word, List<String> names) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String n : names) {
            int d = distance(word.toLowerCase(Locale.ROOT), n.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = n;
            }
        }
        return best != null && bestD <= Math.max(1, word.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
