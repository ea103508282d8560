package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.RuleProblem;
import org.drools.drl.ast.descr.*;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a folder's DRL as the DRL parser reads it, before anything is compiled. Parts of a DRL
 * file are not Java: pattern constraints, {@code from} sources and declared field initialisers are
 * MVEL, evaluated by an interpreter (initialisers even while compiling), so the bytecode check
 * never sees them. Here they are held to a grammar: names of the allowed classes' members,
 * bindings, literals and operators, nothing else. Also refused: the MVEL dialect, a package other
 * than the module's own, accumulate functions and function imports from outside the allow-list,
 * rule attributes that are expressions, and nesting too deep to parse.
 */
final class DrlGuard {
    /** Brackets nested deeper than this are refused before the parser, which recurses per level, sees them. */
    static final int MAX_NESTING = 100;
    /** Names no rule module may take: the engine's and the command line's own packages. */
    static final Set<String> RESERVED = Set.of("core", "cli", "server", "service", "api", "model", "rules", "internal",
            "benchmarks", "examples", "scenario");
    static final Pattern MODULE_NAME = Pattern.compile("[a-z][a-z0-9]{0,39}");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average", "collectList",
            "collectSet", "countDistinct", "acc");
    private static final Set<String> RULE_ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "ruleflow-group", "auto-focus", "dialect");
    private static final Set<String> KEYWORDS = Set.of("in", "not", "matches", "contains", "memberOf", "soundslike", "str",
            "excludes", "null", "true", "false", "this", "instanceof", "empty", "int", "long", "double", "float", "boolean",
            "short", "byte", "char", "after", "before", "coincides", "during", "finishes", "finishedby", "includes", "meets",
            "metby", "overlaps", "overlappedby", "starts", "startedby");
    private static final Pattern LITERAL = Pattern.compile(
            "\\s*(-?\\d+(\\.\\d+)?[LlDdFfBI]?|\"([^\"\\\\]|\\\\.)*\"|true|false|null)\\s*");
    private static final Map<String, Names> NAMES = new ConcurrentHashMap<>();

    private DrlGuard() {
    }

    /** What a folder's files declare, for the bytecode check's reports. */
    static final class Parsed {
        final Map<String, List<RuleDescr>> rules = new LinkedHashMap<>();
        final Map<String, List<FunctionDescr>> functions = new LinkedHashMap<>();
        final Map<String, List<AbstractClassTypeDeclarationDescr>> types = new LinkedHashMap<>();
    }

    /**
     * Checks the DRL files ({@code path → text}) of module {@code module}; problems go to {@code out}.
     * Returns what was parsed (files that do not parse are left to the compiler's own report).
     */
    static Parsed check(Map<String, String> drl, String module, ClassLoader cl, List<RuleProblem> out) {
        Parsed parsed = new Parsed();
        String own = "io.github.countyrules." + module;
        if (!MODULE_NAME.matcher(module).matches() || RESERVED.contains(module)) {
            String f = drl.keySet().stream().findFirst().orElse("(folder)");
            out.add(new RuleProblem(f, 1, 0, "模块名 \"" + module + "\" 不可用：须为小写字母和数字，且不能是 " + RESERVED,
                    "module name \"" + module + "\" is not allowed: lower-case letters and digits, and none of " + RESERVED));
            return parsed;
        }
        for (Map.Entry<String, String> f : drl.entrySet()) {
            String file = f.getKey();
            String text = f.getValue();
            if (tooDeep(file, text, out)) {
                continue;
            }
            PackageDescr pkg;
            DrlParser parser = new DrlParser();
            try {
                pkg = parser.parse(false, text);
            } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
                out.add(new RuleProblem(file, 0, 0, "无法解析规则文件：" + e.getClass().getSimpleName(),
                        "the rule file cannot be parsed: " + e.getClass().getSimpleName()));
                continue;
            }
            if (parser.hasErrors() || pkg == null) {
                // the compiler reports these with their positions; nothing of this file is compiled
                continue;
            }
            new FileCheck(file, own, module, cl, pkg, parsed, out).run();
        }
        return parsed;
    }

    /** Refuses brackets nested deeper than {@link #MAX_NESTING}, at the line where it happens. */
    static boolean tooDeep(String file, String text, List<RuleProblem> out) {
        int depth = 0;
        int line = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i + 1 < n && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                i += 2;
                while (i + 1 < n && !(text.charAt(i) == '*' && text.charAt(i + 1) == '/')) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                    i++;
                }
                i++;
            } else if (c == '"') {
                i++;
                while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    out.add(new RuleProblem(file, line, 0, "括号嵌套超过 " + MAX_NESTING + " 层，无法安全解析",
                            "brackets nested deeper than " + MAX_NESTING + " levels; the file is not parsed"));
                    return true;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return false;
    }

    private static final class FileCheck {
        final String file;
        final String own;
        final ClassLoader cl;
        final PackageDescr pkg;
        final Parsed parsed;
        final List<RuleProblem> out;
        final Names names;
        final Set<String> localNames = new HashSet<>();
        final Set<String> localTypes = new HashSet<>();
        Set<String> bindings = Set.of();

        FileCheck(String file, String own, String module, ClassLoader cl, PackageDescr pkg, Parsed parsed, List<RuleProblem> out) {
            this.file = file;
            this.own = own;
            this.cl = cl;
            this.pkg = pkg;
            this.parsed = parsed;
            this.out = out;
            this.names = NAMES.computeIfAbsent(own, o -> Names.of(o, cl));
        }

        void problem(int line, String zh, String en) {
            out.add(new RuleProblem(file, Math.max(line, 0), 0, zh, en));
        }

        void run() {
            if (!own.equals(pkg.getName())) {
                problem(pkg.getLine() > 0 ? pkg.getLine() : 1, "规则文件的 package 须为本模块的 " + own + "，而不是 " + pkg.getName(),
                        "the rule file's package must be the module's own, " + own + ", not " + pkg.getName());
            }
            for (AttributeDescr a : pkg.getAttributes()) {
                attribute(a);
            }
            for (AccumulateImportDescr a : pkg.getAccumulateImports()) {
                problem(a.getLine(), "不允许 import accumulate（" + a.getTarget() + "）", "import accumulate is not allowed (" + a.getTarget() + ")");
            }
            for (FunctionImportDescr f : pkg.getFunctionImports()) {
                String t = f.getTarget();
                int dot = t.lastIndexOf('.');
                String why = dot < 0 ? t : CodePolicy.refusal(t.substring(0, dot).replace('.', '/'), t.substring(dot + 1), own.replace('.', '/') + "/");
                if (why != null) {
                    problem(f.getLine(), "规则代码不得使用 " + why + "（只允许事实模型和白名单中的方法）",
                            "rule code may not use " + why + " (only the fact model and the allow-listed members)");
                }
            }
            for (ImportDescr i : pkg.getImports()) {
                String t = i.getTarget();
                if (t.endsWith(".*")) {
                    String p = t.substring(0, t.length() - 2);
                    if (!p.equals(own) && !Names.WILDCARDS.contains(p)) {
                        problem(i.getLine(), "不允许导入 " + t, "rule files may not import " + t);
                    }
                } else if (!CodePolicy.typeAllowed(t.replace('.', '/'), own.replace('.', '/') + "/")) {
                    problem(i.getLine(), "规则代码不得使用 " + t + "（只允许事实模型和白名单中的类）",
                            "rule code may not use " + t + " (only the fact model and the allow-listed classes)");
                } else {
                    localTypes.add(t.substring(t.lastIndexOf('.') + 1));
                }
            }
            pkg.getGlobals().forEach(g -> localNames.add(g.getIdentifier()));
            for (FunctionDescr f : pkg.getFunctions()) {
                localNames.add(f.getName());
                parsed.functions.computeIfAbsent(file, k -> new ArrayList<>()).add(f);
                if (f.getName().toLowerCase(Locale.ROOT).startsWith("rule_") || !"java".equals(f.getDialect() == null ? "java" : f.getDialect())) {
                    problem(f.getLine(), "函数名不可用：" + f.getName(), "function name not allowed: " + f.getName());
                }
            }
            for (AbstractClassTypeDeclarationDescr t : pkg.getClassAndEnumDeclarationDescrs()) {
                parsed.types.computeIfAbsent(file, k -> new ArrayList<>()).add(t);
                localTypes.add(t.getTypeName());
                t.getFields().keySet().forEach(localNames::add);
                t.getFields().keySet().forEach(n -> localNames.add("get" + Character.toUpperCase(n.charAt(0)) + n.substring(1)));
                if (t instanceof EnumDeclarationDescr) {
                    problem(t.getLine(), "规则文件中不允许 declare enum", "declare enum is not allowed in rule files");
                }
                if (t.getTypeName().startsWith("Rule_")) {
                    problem(t.getLine(), "类型名不可用：" + t.getTypeName(), "type name not allowed: " + t.getTypeName());
                }
                for (QualifiedName s : t.getSuperTypes()) {
                    if (!s.getFullName().equals("java.lang.Object") && !localTypes.contains(s.getName())
                            && !CodePolicy.typeAllowed(s.getFullName().replace('.', '/'), own.replace('.', '/') + "/")) {
                        problem(t.getLine(), "声明的类型不得继承 " + s.getFullName(), "a declared type may not extend " + s.getFullName());
                    }
                }
                annotations(t);
                for (TypeFieldDescr fd : t.getFields().values()) {
                    annotations(fd);
                    if (fd.getInitExpr() != null && !LITERAL.matcher(fd.getInitExpr()).matches()) {
                        // MVEL evaluates initialisers while compiling: only a literal may stand here
                        problem(fd.getLine() > 0 ? fd.getLine() : t.getLine(), "字段初始值只能是字面量：" + fd.getFieldName() + " = " + fd.getInitExpr(),
                                "a field's initial value must be a literal: " + fd.getFieldName() + " = " + fd.getInitExpr());
                    }
                }
            }
            for (WindowDeclarationDescr w : pkg.getWindowDeclarations()) {
                problem(w.getLine(), "规则文件中不允许 declare window", "declare window is not allowed in rule files");
            }
            for (RuleDescr r : pkg.getRules()) {
                parsed.rules.computeIfAbsent(file, k -> new ArrayList<>()).add(r);
                rule(r);
            }
        }

        void attribute(AttributeDescr a) {
            String name = a.getName();
            String v = a.getValue() == null ? "" : a.getValue().trim();
            if (name.equals("dialect")) {
                if (!v.replace("\"", "").equals("java")) {
                    problem(a.getLine(), "不允许 MVEL 方言（dialect " + v + "）：规则代码只能是 Java", "the MVEL dialect is not allowed (dialect " + v + "): rule code is Java");
                }
            } else if (!RULE_ATTRIBUTES.contains(name)) {
                problem(a.getLine(), "不允许的规则属性：" + name, "rule attribute not allowed: " + name);
            } else if (name.equals("salience") && !v.matches("-?\\d{1,9}")) {
                problem(a.getLine(), "salience 只能是整数：" + v, "salience must be a whole number: " + v);
            }
        }

        void annotations(AnnotatedBaseDescr d) {
            for (AnnotationDescr a : d.getAnnotations()) {
                for (Object v : a.getValueMap().values()) {
                    String s = String.valueOf(v);
                    if (!LITERAL.matcher(s).matches() && !s.matches("[A-Za-z_][\\w.]*")) {
                        problem(a.getLine() > 0 ? a.getLine() : d.getLine(), "元数据 @" + a.getName() + " 只能是字面量：" + s,
                                "metadata @" + a.getName() + " must be a literal: " + s);
                    }
                }
            }
        }

        void rule(RuleDescr r) {
            annotations(r);
            r.getAttributes().values().forEach(this::attribute);
            if (r.getDialect() != null && !r.getDialect().equals("java")) {
                problem(r.getLine(), "不允许 MVEL 方言：规则代码只能是 Java", "the MVEL dialect is not allowed: rule code is Java");
            }
            bindings = new HashSet<>();
            collectBindings(r.getLhs());
            lhs(r.getLhs(), r);
        }

        void collectBindings(BaseDescr d) {
            if (d instanceof PatternDescr p) {
                if (p.getIdentifier() != null) {
                    bindings.add(p.getIdentifier());
                }
                bindings.addAll(p.getAllBoundIdentifiers());
                if (p.getSource() instanceof AccumulateDescr a) {
                    collectBindings(a.getInput());
                    a.getFunctions().forEach(fn -> {
                        if (fn.getBind() != null) {
                            bindings.add(fn.getBind());
                        }
                    });
                } else if (p.getSource() instanceof CollectDescr c) {
                    collectBindings(c.getInputPattern());
                }
            } else if (d instanceof ConditionalElementDescr ce && !(d instanceof EvalDescr)) {
                for (Object o : ce.getDescrs()) {
                    if (o instanceof BaseDescr b) {
                        collectBindings(b);
                    }
                }
            }
        }

        void lhs(BaseDescr d, RuleDescr r) {
            if (d == null) {
                return;
            }
            if (d instanceof PatternDescr p) {
                pattern(p, r);
            } else if (d instanceof EvalDescr) {
                // Java, compiled into the rule's class: the bytecode check sees it
            } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
                    || d instanceof ForallDescr) {
                for (Object o : ((ConditionalElementDescr) d).getDescrs()) {
                    lhs((BaseDescr) o, r);
                }
            } else if (d instanceof AccumulateDescr a) {
                accumulate(a, r);
            } else {
                refuse(d, r);
            }
        }

        void refuse(BaseDescr d, RuleDescr r) {
            String what = d.getClass().getSimpleName().replace("Descr", "");
            problem(d.getLine() > 0 ? d.getLine() : r.getLine(), "规则 \"" + r.getName() + "\" 使用了规则目录中不允许的结构 " + what,
                    "rule \"" + r.getName() + "\" uses " + what + ", which rule folders may not use");
        }

        void pattern(PatternDescr p, RuleDescr r) {
            String type = p.getObjectType();
            if (type != null) {
                typeName(type, p.getLine(), r);
            }
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    expression(e.getExpression(), e.getLine() > 0 ? e.getLine() : p.getLine(), r);
                } else {
                    refuse(c, r);
                }
            }
            PatternSourceDescr src = p.getSource();
            if (src == null) {
                return;
            }
            if (src instanceof FromDescr f) {
                expression(f.getDataSource().getText(), f.getLine() > 0 ? f.getLine() : p.getLine(), r);
            } else if (src instanceof AccumulateDescr a) {
                accumulate(a, r);
            } else if (src instanceof CollectDescr c) {
                lhs(c.getInputPattern(), r);
            } else if (!(src instanceof EntryPointDescr)) {
                refuse(src, r);
            }
        }

        void accumulate(AccumulateDescr a, RuleDescr r) {
            if (a.getInitCode() != null || a.getActionCode() != null || a.getResultCode() != null || a.getReverseCode() != null
) {
                problem(a.getLine() > 0 ? a.getLine() : r.getLine(), "accumulate 只能使用内置函数（sum、count、min、max 等），不能写 init/action/result 代码",
                        "accumulate may use the built-in functions only (sum, count, min, max …), not init/action/result code");
            }
            for (AccumulateDescr.AccumulateFunctionCallDescr fn : a.getFunctions()) {
                if (!ACCUMULATE_FUNCTIONS.contains(fn.getFunction())) {
                    problem(a.getLine() > 0 ? a.getLine() : r.getLine(), "不允许的 accumulate 函数：" + fn.getFunction(),
                            "accumulate function not allowed: " + fn.getFunction());
                }
            }
            lhs(a.getInput(), r);
        }

        void typeName(String type, int line, RuleDescr r) {
            String t = type.trim();
            String simple = t.substring(t.lastIndexOf('.') + 1);
            boolean ok = t.contains(".") ? CodePolicy.typeAllowed(t.replace('.', '/'), own.replace('.', '/') + "/")
                    : localTypes.contains(simple) || names.types.contains(simple) || simple.equals("Object");
            if (!ok) {
                problem(line > 0 ? line : r.getLine(), "规则 \"" + r.getName() + "\" 使用了不允许的类型 " + t,
                        "rule \"" + r.getName() + "\" uses type " + t + ", which rule code may not use");
            }
        }

        /** An MVEL expression: names of allowed members, bindings, literals and operators only. */
        void expression(String expr, int line, RuleDescr r) {
            if (expr == null) {
                return;
            }
            int n = expr.length();
            boolean afterDot = false;
            for (int i = 0; i < n; ) {
                char c = expr.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                if (c == '"' || c == '\'') {
                    int j = i + 1;
                    while (j < n && expr.charAt(j) != c) {
                        j += expr.charAt(j) == '\\' ? 2 : 1;
                    }
                    i = j + 1;
                    afterDot = false;
                    continue;
                }
                if (Character.isDigit(c)) {
                    int j = i;
                    while (j < n && (Character.isLetterOrDigit(expr.charAt(j)) || expr.charAt(j) == '.' && j + 1 < n
                            && Character.isDigit(expr.charAt(j + 1)))) {
                        j++;
                    }
                    i = j;
                    afterDot = false;
                    continue;
                }
                if (Character.isJavaIdentifierStart(c)) {
                    int j = i;
                    while (j < n && Character.isJavaIdentifierPart(expr.charAt(j))) {
                        j++;
                    }
                    String id = expr.substring(i, j);
                    int k = j;
                    while (k < n && Character.isWhitespace(expr.charAt(k))) {
                        k++;
                    }
                    boolean binds = k < n && expr.charAt(k) == ':' && (k + 1 >= n || expr.charAt(k + 1) != ':');
                    if (!name(id, afterDot, binds)) {
                        String near = CodePolicy.DENIED_MEMBERS.contains(id) || Character.isUpperCase(id.charAt(0)) ? null
                                : Errors.nearest(id, names.members);
                        if (near != null) {
                            // most often a typo of a field: say which one was probably meant
                            problem(line, "“" + id + "”不是规则可以读取的字段或方法：是不是“" + near + "”？(规则 \"" + r.getName() + "\")",
                                    "\"" + id + "\" is not a field or method a rule may read: did you mean \"" + near + "\"? (rule \""
                                            + r.getName() + "\")");
                        } else {
                            problem(line, "规则 \"" + r.getName() + "\" 的条件使用了不允许的名称 " + id + "：条件只能读取事实模型",
                                    "rule \"" + r.getName() + "\": its condition uses " + id + ", which is not allowed: conditions read the fact model only");
                        }
                        return;
                    }
                    i = j;
                    afterDot = false;
                    continue;
                }
                if (c == '.' || (c == '?' || c == '!') && i + 1 < n && expr.charAt(i + 1) == '.') {
                    afterDot = true;
                    i += c == '.' ? 1 : 2;
                    continue;
                }
                if (c == '=') {
                    char prev = i > 0 ? expr.charAt(i - 1) : ' ';
                    if (i + 1 < n && expr.charAt(i + 1) == '=') {
                        i += 2;
                        continue;
                    }
                    if ("!<>:=~".indexOf(prev) < 0) {
                        problem(line, "规则 \"" + r.getName() + "\" 的条件中不允许赋值", "rule \"" + r.getName() + "\": a condition may not assign");
                        return;
                    }
                    i++;
                    continue;
                }
                if ("()[],+-*/%<>!&|?:~^".indexOf(c) >= 0) {
                    afterDot = false;
                    i++;
                    continue;
                }
                problem(line, "规则 \"" + r.getName() + "\" 的条件中有不允许的字符 " + ControlChars.escape(String.valueOf(c)),
                        "rule \"" + r.getName() + "\": its condition holds a character not allowed there: " + ControlChars.escape(String.valueOf(c)));
                return;
            }
        }

        boolean name(String id, boolean afterDot, boolean binds) {
            if (CodePolicy.DENIED_MEMBERS.contains(id)) {
                return false;
            }
            if (afterDot) {
                return names.members.contains(id) || localNames.contains(id);
            }
            if (id.startsWith("$") || binds || bindings.contains(id) || KEYWORDS.contains(id) || localNames.contains(id)) {
                return true;
            }
            if (Character.isUpperCase(id.charAt(0))) {
                return names.types.contains(id) || localTypes.contains(id);
            }
            return names.members.contains(id);
        }
    }

    /** Simple names of the allowed classes and the names of their allowed members (and bean properties). */
    static final class Names {
        static final Set<String> WILDCARDS = Set.of("io.github.countyrules.core.model", "io.github.countyrules.core.rules",
                "java.math", "java.time", "java.util", "java.util.stream");
        final Set<String> types = new HashSet<>();
        final Set<String> members = new HashSet<>();

        static Names of(String own, ClassLoader cl) {
            Names n = new Names();
            List<Class<?>> classes = new ArrayList<>();
            for (String p : List.of("io.github.countyrules.core.model", "io.github.countyrules.core.rules", "java.math", own)) {
                if (!p.startsWith("java.")) {
                    classes.addAll(scan(p, cl));
                }
            }
            for (String jdk : CodePolicy.JDK.keySet()) {
                try {
                    classes.add(Class.forName(jdk.replace('/', '.'), false, null));
                } catch (ClassNotFoundException e) {
                    // not in this JDK
                }
            }
            for (String m : List.of("java.math.BigDecimal", "java.math.BigInteger", "java.math.RoundingMode", "java.math.MathContext")) {
                try {
                    classes.add(Class.forName(m, false, null));
                } catch (ClassNotFoundException e) {
                    // not in this JDK
                }
            }
            for (Class<?> c : classes) {
                if (!Modifier.isPublic(c.getModifiers())) {
                    continue;
                }
                n.types.add(c.getSimpleName());
                Set<String> refused = CodePolicy.JDK.getOrDefault(c.getName().replace('.', '/'), Set.of());
                for (Method m : c.getMethods()) {
                    if (m.getDeclaringClass() == Object.class && !CodePolicy.OBJECT.contains(m.getName())
                            || refused.contains(m.getName()) || CodePolicy.DENIED_MEMBERS.contains(m.getName())) {
                        continue;
                    }
                    n.members.add(m.getName());
                    String prop = m.getName().startsWith("get") ? m.getName().substring(3)
                            : m.getName().startsWith("is") ? m.getName().substring(2) : "";
                    if (!prop.isEmpty() && m.getParameterCount() == 0) {
                        String p = Character.toLowerCase(prop.charAt(0)) + prop.substring(1);
                        if (!CodePolicy.DENIED_MEMBERS.contains(p)) {
                            n.members.add(p);
                        }
                    }
                }
                for (Field f : c.getFields()) {
                    n.members.add(f.getName());
                }
                for (Class<?> inner : c.getClasses()) {
                    n.members.add(inner.getSimpleName());
                }
            }
            return n;
        }

        /** The public classes of a package on the class path, found by listing its folder or jar entries. */
        static List<Class<?>> scan(String pkg, ClassLoader cl) {
            List<Class<?>> out = new ArrayList<>();
            String path = pkg.replace('.', '/');
            Set<String> names = new TreeSet<>();
            try {
                for (URL u : Collections.list(cl.getResources(path))) {
                    if (u.getProtocol().equals("file")) {
                        try (Stream<Path> s = Files.list(Paths.get(u.toURI()))) {
                            s.map(p -> p.getFileName().toString()).filter(x -> x.endsWith(".class")).forEach(names::add);
                        }
                    } else if (u.getProtocol().equals("jar")) {
                        JarURLConnection con = (JarURLConnection) u.openConnection();
                        con.setUseCaches(false);
                        try (JarFile jar = con.getJarFile()) {
                            for (JarEntry e : Collections.list(jar.entries())) {
                                String en = e.getName();
                                if (en.startsWith(path + "/") && en.endsWith(".class") && en.indexOf('/', path.length() + 1) < 0) {
                                    names.add(en.substring(path.length() + 1));
                                }
                            }
                        }
                    }
                }
            } catch (IOException | java.net.URISyntaxException e) {
                return out;
            }
            for (String f : names) {
                String cn = pkg + "." + f.substring(0, f.length() - ".class".length());
                if (cn.endsWith("package-info")) {
                    continue;
                }
                try {
                    out.add(Class.forName(cn, false, cl));
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class that does not load is no name to allow
                }
            }
            return out;
        }
    }
}
