package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.RuleProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks rule files beyond what the compiler checks: every rule has {@code @id} and
 * {@code @clause} metadata, rule names are unique, one id is not spread over several files,
 * parameter names exist, and the code reaches nothing but the fact model. DRL constraints and
 * consequences are Java: fully-qualified names need no import, so the code itself (comments and
 * string literals aside) is checked against an allow-list, not just the imports.
 */
public final class RuleChecker {
    /** Packages rule files may import or name. */
    static final List<String> ALLOWED_PACKAGES = List.of("io.github.countyrules.core.model", "io.github.countyrules.core.rules",
            "java.math", "java.time");
    /** java.util classes rule files may use: collections and nothing that loads classes. */
    static final Set<String> ALLOWED_UTIL = Set.of("List", "Map", "Set", "Collection", "Collections", "Comparator",
            "ArrayList", "HashMap", "HashSet", "TreeMap", "TreeSet", "LinkedHashMap", "LinkedHashSet", "Optional",
            "Objects", "Arrays", "SortedMap", "SortedSet", "NavigableMap");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(System|Runtime|ProcessBuilder|Process|Thread|ThreadGroup|ClassLoader|Class|Method|Field|Constructor|Unsafe"
                    + "|Files|Paths|Path|File|FileInputStream|FileOutputStream|URL|URI|Socket|ServerSocket|Executors|ForkJoinPool"
                    + "|ServiceLoader|MethodHandles|Proxy|ObjectInputStream)\\b|\\.\\s*getClass\\s*\\(|\\bforName\\b");
    /** java.lang types rule code may name (java.lang needs no import, so these are listed, the rest refused). */
    static final Set<String> ALLOWED_LANG = Set.of("String", "Math", "StrictMath", "Integer", "Long", "Short", "Byte",
            "Double", "Float", "Boolean", "Character", "Object", "Number", "StringBuilder", "CharSequence", "Comparable",
            "Iterable", "Enum", "Record", "Void", "Override", "SuppressWarnings", "Deprecated",
            "IllegalArgumentException", "IllegalStateException", "ArithmeticException", "NullPointerException",
            "RuntimeException", "UnsupportedOperationException");
    /** Methods that reach the class machinery, the process or the wall clock, whatever object they are called on. */
    private static final Pattern FORBIDDEN_CALL = Pattern.compile("\\.\\s*(getClassLoader|loadClass|forName|getMethods?|"
            + "getDeclared\\w*|getFields?|getConstructors?|invoke\\w*|newInstance|setAccessible|getRuntime|exec|exit|"
            + "now|systemDefaultZone|systemUTC|currentTimeMillis|nanoTime|lookup|getKieRuntime|getKieBase|getWorkingMemory|"
            + "getSession|getEntryPoint|getChannel)\\s*\\(|\\.\\s*class\\b|::");
    private static final Pattern TYPE_NAME = Pattern.compile("(?<![\\w.$])([A-Z][A-Za-z0-9_]*)\\b");
    private static final Pattern DECLARE = Pattern.compile("(?m)^\\s*declare\\s+(?:trait\\s+|enum\\s+)?([A-Za-z_]\\w*)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+|function\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;?");
    private static final Pattern QUALIFIED = Pattern.compile("\\b([a-z][a-z0-9_]*(?:\\s*\\.\\s*[a-z][a-z0-9_]*)+)\\s*\\.\\s*([A-Z]\\w*)");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"");
    private static final Pattern PARAM = Pattern.compile("(?:ctx\\s*\\.\\s*\\w+|\\.\\s*(?:param|cell))\\s*\\(\\s*\"([^\"]+)\"");

    private RuleChecker() {
    }

    /** Problems in the DRL files ({@code path → text}) given the known parameter names. */
    public static List<RuleProblem> check(Map<String, String> drl, Set<String> parameters) {
        return check(drl, parameters, RuleChecker.class.getClassLoader());
    }

    /**
     * As {@link #check(Map, Set)}; classes of the rules' own package (a module's Java helpers) are
     * looked up with {@code cl}.
     */
    public static List<RuleProblem> check(Map<String, String> drl, Set<String> parameters, ClassLoader cl) {
        List<RuleProblem> out = new ArrayList<>();
        Map<String, String> nameToFile = new HashMap<>();
        Map<String, String> idToFile = new HashMap<>();
        for (Map.Entry<String, String> f : drl.entrySet()) {
            String file = f.getKey();
            String text = f.getValue();
            String code = codeView(text);
            imports(file, text, code, out);
            forbidden(file, text, code, out);
            types(file, text, code, cl, out);
            rules(file, text, code, nameToFile, idToFile, out);
            Matcher p = PARAM.matcher(codeView(text, false));
            while (p.find()) {
                if (!parameters.contains(p.group(1))) {
                    out.add(problem(file, text, p.start(1), "未知参数 " + p.group(1) + "(参数表中没有)",
                            "unknown parameter " + p.group(1) + " (not in the parameter tables)"));
                }
            }
        }
        return out;
    }

    /** Whether two names differ by at most two letters (and by at most a third of the shorter). */
    private static boolean near(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
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
        int d = prev[b.length()];
        return d <= 2 && d <= Math.min(a.length(), b.length()) / 3;
    }

    private static void imports(String file, String text, String code, List<RuleProblem> out) {
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            String target = m.group(2);
            if (!allowedName(target)) {
                out.add(problem(file, text, m.start(2), "不允许导入 " + target + "：规则文件只能导入事实模型("
                        + String.join(", ", ALLOWED_PACKAGES) + ")", "import of " + target + " is not allowed: rule files "
                        + "import only the fact model (" + String.join(", ", ALLOWED_PACKAGES) + ") and java.util collections"));
            }
        }
    }

    static boolean allowedName(String qualified) {
        String q = qualified.replaceAll("\\s", "");
        for (String p : ALLOWED_PACKAGES) {
            if (q.equals(p) || q.startsWith(p + ".")) {
                String rest = q.substring(p.length());
                return !rest.contains("..") && (rest.isEmpty() || rest.chars().filter(c -> c == '.').count() <= 2);
            }
        }
        if (q.startsWith("java.util.") && !q.substring("java.util.".length()).contains(".")) {
            return ALLOWED_UTIL.contains(q.substring("java.util.".length()));
        }
        return false;
    }

    private static void forbidden(String file, String text, String code, List<RuleProblem> out) {
        String body = Pattern.compile("(?m)^\\s*(package|import)\\b[^\\n]*").matcher(code)
                .replaceAll(m -> " ".repeat(m.group().length()));
        Matcher m = FORBIDDEN.matcher(body);
        while (m.find()) {
            out.add(problem(file, text, m.start(), "规则代码不能使用 " + m.group().trim() + "：规则只能读取事实和参数",
                    "rule code may not use " + m.group().trim() + ": rules only read facts and parameters"));
        }
        Matcher q = QUALIFIED.matcher(body);
        while (q.find()) {
            String pkg = q.group(1).replaceAll("\\s", "");
            if (!pkg.contains(".") || pkg.startsWith("ctx") || pkg.startsWith("drools")) {
                continue;
            }
            String first = pkg.substring(0, pkg.indexOf('.'));
            if (!Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io", "kotlin", "scala").contains(first)) {
                continue;
            }
            if (!allowedName(pkg + "." + q.group(2))) {
                out.add(problem(file, text, q.start(), "规则代码不能引用 " + pkg + "." + q.group(2) + "：只能使用事实模型",
                        "rule code may not name " + pkg + "." + q.group(2) + ": only the fact model may be used"));
            }
        }
    }

    /**
     * Every type the code names must be one of the fact model's, of the rules' own package (only
     * under io.github.countyrules), declared in the file, imported (imports are checked above), or an
     * allowed java.lang or java.util one: an allow-list, since java.lang needs no import at all.
     */
    private static void types(String file, String text, String code, ClassLoader cl, List<RuleProblem> out) {
        Matcher pm = PACKAGE.matcher(code);
        String pkg = pm.find() ? pm.group(1) : "";
        if (!pkg.isEmpty() && !pkg.startsWith("io.github.countyrules.")) {
            out.add(problem(file, text, pm.start(1), "规则包名须在 io.github.countyrules 之下：" + pkg,
                    "rule packages live under io.github.countyrules: " + pkg));
        }
        Set<String> declared = new java.util.HashSet<>();
        Matcher dm = DECLARE.matcher(code);
        while (dm.find()) {
            declared.add(dm.group(1));
        }
        Set<String> imported = new java.util.HashSet<>();
        Matcher im = IMPORT.matcher(code);
        while (im.find()) {
            String t = im.group(2);
            imported.add(t.substring(t.lastIndexOf('.') + 1));
        }
        String body = Pattern.compile("(?m)^\\s*(package|import)\\b[^\\n]*").matcher(code)
                .replaceAll(m -> " ".repeat(m.group().length()));
        // rule metadata such as @Id or an annotation's name is not code
        body = Pattern.compile("@\\w+").matcher(body).replaceAll(m -> " ".repeat(m.group().length()));
        Matcher m = TYPE_NAME.matcher(body);
        Map<String, Boolean> known = new HashMap<>();
        List<int[]> bad = new ArrayList<>();
        while (m.find()) {
            String name = m.group(1);
            boolean ok = known.computeIfAbsent(name, n -> declared.contains(n) || imported.contains(n)
                    || ALLOWED_LANG.contains(n) || ALLOWED_UTIL.contains(n) || isAllUpper(n)
                    || exists(cl, "io.github.countyrules.core.model." + n) || exists(cl, "io.github.countyrules.core.rules." + n)
                    || (pkg.startsWith("io.github.countyrules.") && exists(cl, pkg + "." + n)));
            if (!ok) {
                bad.add(new int[]{m.start(1), m.end(1)});
            }
        }
        for (int[] at : bad) {
            String name = body.substring(at[0], at[1]);
            // a type the file uses correctly elsewhere, one or two letters away: almost surely a typo of it
            String hint = null;
            for (Map.Entry<String, Boolean> k : known.entrySet()) {
                if (k.getValue() && !k.getKey().equals(name) && near(name, k.getKey())) {
                    hint = k.getKey();
                }
            }
            out.add(problem(file, text, at[0], hint != null
                            ? "没有名为“" + name + "”的事实类型：是不是“" + hint + "”？"
                            : "规则代码不能使用类型 " + name + "：只能使用事实模型和基本类型(拼写错误？)",
                    hint != null ? "there is no kind of fact named \"" + name + "\": did you mean \"" + hint + "\"?"
                            : "rule code may not use the type " + name + ": only the fact model and basic types (a typo?)"));
        }
        Matcher c = FORBIDDEN_CALL.matcher(body);
        while (c.find()) {
            out.add(problem(file, text, c.start(), "规则代码不能调用 " + c.group().trim() + "：规则只读取事实和参数，不读时钟",
                    "rule code may not call " + c.group().trim() + ": rules only read facts and parameters, never the clock"));
        }
    }

    /** CONSTANT-like words (MET, B) are enum constants after a static import or in DRL syntax, not types. */
    private static boolean isAllUpper(String n) {
        return n.chars().noneMatch(Character::isLowerCase);
    }

    private static boolean exists(ClassLoader cl, String name) {
        try {
            Class.forName(name, false, cl);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static void rules(String file, String text, String code, Map<String, String> nameToFile,
                              Map<String, String> idToFile, List<RuleProblem> out) {
        Matcher m = RULE.matcher(code);
        while (m.find()) {
            int q = m.end() - 1;
            int close = text.indexOf('"', q + 1);
            if (close < 0) {
                continue;
            }
            String name = text.substring(q + 1, close);
            int when = code.indexOf("when", close);
            String header = text.substring(close + 1, when < 0 ? Math.min(text.length(), close + 400) : when);
            String id = meta(header, "id");
            String clause = meta(header, "clause");
            int at = m.start() + m.group().indexOf("rule");
            if (id == null || id.isBlank()) {
                out.add(problem(file, text, at, "规则 \"" + name + "\" 缺少 @id(...) 元数据", "rule \"" + name + "\" lacks @id(...) metadata"));
            }
            if (clause == null || clause.isBlank()) {
                out.add(problem(file, text, at, "规则 \"" + name + "\" 缺少 @clause(...) 元数据", "rule \"" + name + "\" lacks @clause(...) metadata"));
            }
            String seen = nameToFile.putIfAbsent(name, file);
            if (seen != null) {
                out.add(problem(file, text, at, "规则名重复：\"" + name + "\" 已见于 " + seen, "duplicate rule name \"" + name + "\", already in " + seen));
            }
            if (id != null) {
                String idFile = idToFile.putIfAbsent(id, file);
                if (idFile != null && !idFile.equals(file)) {
                    out.add(problem(file, text, at, "规则编号 " + id + " 已在 " + idFile + " 中使用：同一编号的规则应放在同一文件",
                            "rule id " + id + " is already used in " + idFile + ": the rules of one id belong in one file"));
                }
            }
        }
    }

    private static String meta(String header, String key) {
        Matcher m = Pattern.compile("@" + key + "\\s*\\(\\s*\"([^\"]*)\"\\s*\\)").matcher(header);
        return m.find() ? m.group(1) : null;
    }

    static String codeView(String text) {
        return codeView(text, true);
    }

    /** The text with comments (and the insides of string literals) blanked, positions kept. */
    static String codeView(String text, boolean blankStrings) {
        StringBuilder sb = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    sb.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    if (text.charAt(i) != '\n') {
                        sb.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i < n) {
                    sb.setCharAt(i++, ' ');
                    if (i < n) {
                        sb.setCharAt(i++, ' ');
                    }
                }
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        if (blankStrings) {
                            sb.setCharAt(i, ' ');
                        }
                        i++;
                    }
                    if (blankStrings) {
                        sb.setCharAt(i, ' ');
                    }
                    i++;
                }
                i++;
            } else if (c == '#') {
                // DRL also takes # as a line comment
                while (i < n && text.charAt(i) != '\n') {
                    sb.setCharAt(i++, ' ');
                }
            } else {
                i++;
            }
        }
        return sb.toString();
    }

    static RuleProblem problem(String file, String text, int offset, String zh, String en) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new RuleProblem(file, line, col, zh, en);
    }
}
