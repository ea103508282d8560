package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.RuleProblem;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.LineMappings;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.builder.KieBuilder;
import org.kie.api.definition.KiePackage;
import org.kie.internal.builder.KnowledgeBuilder;

import java.util.*;
import java.util.regex.Pattern;

/**
 * Runs {@link BytecodeGuard} over every class a folder compiled to (the rules' classes with their
 * consequences, evals and accumulate expressions, functions, declared types, Drools' invokers)
 * and reports each refused use at its DRL file, rule and line. Runs after the compiler and before
 * the knowledge base is built, so no class of the folder has been initialised.
 */
final class CompiledCheck {
    private static final Pattern INVOKER = Pattern.compile("[A-Za-z]+\\d*Invoker(\\$.*)?");

    private CompiledCheck() {
    }

    static List<RuleProblem> check(KieBuilder builder, DrlGuard.Parsed parsed, String module, String folder) {
        String own = "io/github/countyrules/" + module + "/";
        InternalKieModule km = (InternalKieModule) ((KieBuilderImpl) builder).getKieModuleIgnoringErrors();
        Map<String, byte[]> classes = new TreeMap<>();
        for (String f : km.getFileNames()) {
            if (f.endsWith(".class")) {
                classes.put(f.substring(0, f.length() - ".class".length()), km.getBytes(f));
            }
        }
        Map<String, LineMappings> lines = new HashMap<>();
        KnowledgeBuilder kb = km.getKnowledgeBuilderForKieBase("external");
        if (kb != null) {
            for (KiePackage p : kb.getKnowledgePackages()) {
                InternalKnowledgePackage ip = (InternalKnowledgePackage) p;
                if (ip.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData d) {
                    d.getStore().forEach((k, v) -> classes.put(k.endsWith(".class") ? k.substring(0, k.length() - 6) : k, v));
                }
                ip.getDialectRuntimeRegistry().getLineMappings().forEach((k, v) -> lines.put(k.replace('.', '/'), v));
            }
        }
        // Drools' invokers: named after a rule class, glue from Drools' templates holding no rule code
        Set<String> ruleClasses = new HashSet<>();
        for (String c : classes.keySet()) {
            if (c.startsWith(own + "Rule_") && lines.containsKey(c)) {
                ruleClasses.add(c);
            }
        }
        Set<String> invokers = new HashSet<>();
        for (String c : classes.keySet()) {
            for (String r : ruleClasses) {
                if (c.startsWith(r) && c.length() > r.length() && INVOKER.matcher(c.substring(r.length())).matches()) {
                    invokers.add(c);
                }
            }
        }
        List<RuleProblem> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BytecodeGuard.Finding f : BytecodeGuard.check(classes, invokers, own)) {
            RuleProblem p = locate(f, lines, parsed, own, folder);
            if (seen.add(p.file() + ":" + p.line() + ":" + p.en())) {
                out.add(p);
            }
        }
        return out;
    }

    private static RuleProblem locate(BytecodeGuard.Finding f, Map<String, LineMappings> lines, DrlGuard.Parsed parsed,
                                      String own, String folder) {
        String cls = f.className();
        String outer = cls.contains("$") && !cls.substring(own.length()).startsWith("Rule_") ? cls.substring(0, cls.indexOf('$'))
                : cls;
        String simple = outer.substring(outer.lastIndexOf('/') + 1);
        String file = folder;
        String what = "";
        int line = 0;
        if (simple.startsWith("Rule_")) {
            String base = simple;
            for (Map.Entry<String, List<RuleDescr>> e : parsed.rules.entrySet()) {
                for (RuleDescr r : e.getValue()) {
                    String prefix = "Rule_" + legal(r.getName());
                    if (base.startsWith(prefix) && base.substring(prefix.length()).matches("-?\\d+.*")) {
                        file = e.getKey();
                        what = "规则 \"" + r.getName() + "\"";
                        LineMappings m = mapping(lines, cls);
                        // Drools' mapping: the generated method's first line is the consequence's (or eval's) line
                        line = m != null && f.javaLine() > 0 ? m.getStartLine() + f.javaLine() - m.getOffset() - 3 : r.getLine();
                        if (line < r.getLine()) {
                            line = r.getLine();
                        }
                    }
                }
            }
        } else {
            for (Map.Entry<String, List<FunctionDescr>> e : parsed.functions.entrySet()) {
                for (FunctionDescr fn : e.getValue()) {
                    if (simple.equals(Character.toUpperCase(fn.getName().charAt(0)) + fn.getName().substring(1))) {
                        file = e.getKey();
                        what = "函数 " + fn.getName();
                        LineMappings m = mapping(lines, outer);
                        line = m != null && f.javaLine() > 0 ? m.getStartLine() + f.javaLine() - m.getOffset() - 1 : fn.getLine();
                        if (line < fn.getLine()) {
                            line = fn.getLine();
                        }
                    }
                }
            }
            for (Map.Entry<String, List<AbstractClassTypeDeclarationDescr>> e : parsed.types.entrySet()) {
                for (AbstractClassTypeDeclarationDescr t : e.getValue()) {
                    if (simple.equals(t.getTypeName())) {
                        file = e.getKey();
                        what = "声明的类型 " + t.getTypeName();
                        line = t.getLine();
                    }
                }
            }
        }
        String whatEn = what.replace("规则", "rule").replace("函数", "function").replace("声明的类型", "declared type");
        return new RuleProblem(file, Math.max(line, 0), 0,
                (what.isEmpty() ? "" : what + "：") + "规则代码不得使用 " + f.what() + "（只允许事实模型和白名单中的方法；字节码检查）",
                (whatEn.isEmpty() ? "" : whatEn + ": ") + "rule code may not use " + f.what()
                        + " (only the fact model and the allow-listed members; bytecode check)");
    }

    /** The line mappings of the longest class name that {@code cls} starts with (its rule's class). */
    private static LineMappings mapping(Map<String, LineMappings> lines, String cls) {
        String best = null;
        for (String k : lines.keySet()) {
            if (cls.startsWith(k) && (best == null || k.length() > best.length())) {
                best = k;
            }
        }
        return best == null ? null : lines.get(best);
    }

    /** A rule name as Drools writes it into a class name: letters and digits kept, a space as _, others as $uNN$. */
    static String legal(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c == ' ') {
                b.append('_');
            } else if (Character.isJavaIdentifierPart(c) && c != '$') {
                b.append(c);
            } else {
                b.append("$u").append((int) c).append('$');
            }
        }
        return b.toString();
    }
}
