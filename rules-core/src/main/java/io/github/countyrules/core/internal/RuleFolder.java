package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.RuleLoadException;
import io.github.countyrules.core.api.RuleProblem;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.io.ResourceType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A rule module read from a folder instead of a jar: its DRL files (any depth), its
 * {@code parameters.yaml} and an optional {@code module.yaml} (name and titles; without it the
 * folder's name is the module's name). Checked with {@link RuleChecker} and compiled from DRL at
 * load (the classic compiler, which keeps DRL line numbers in its errors).
 */
public final class RuleFolder {
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern LINE_COL = Pattern.compile("[Ll]ine (\\d+):(\\d+)");

    private RuleFolder() {
    }

    /** Reads and checks a folder without compiling it: the problems, or none. */
    public static List<RuleProblem> check(Path dir, Map<String, ParameterDef> coreParams, ClassLoader cl) {
        try {
            load(dir, coreParams, cl);
            return List.of();
        } catch (RuleLoadException e) {
            return e.problems();
        }
    }

    /**
     * Loads a module from a folder.
     *
     * @throws RuleLoadException listing every problem: compile errors, checks, a broken parameter table
     */
    public static RuleModule load(Path dir, Map<String, ParameterDef> coreParams, ClassLoader cl) {
        return load(dir, coreParams, cl, true);
    }

    /**
     * As {@link #load(Path, Map, ClassLoader)}; without {@code textPass} the text checker's
     * friendly first pass is skipped, which shows (in tests) that the guards hold on their own.
     */
    static RuleModule load(Path dir, Map<String, ParameterDef> coreParams, ClassLoader cl, boolean textPass) {
        if (!Files.isDirectory(dir)) {
            throw new RuleLoadException(List.of(new RuleProblem(dir.toString(), 0, 0, "不是目录", "not a folder")));
        }
        List<RuleProblem> problems = new ArrayList<>();
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        String titleZh = name;
        String titleEn = name;
        Set<String> provinces = Set.of();
        String reach = ModuleDescriptor.REACH_PROVINCE;
        ModuleDeclarations declarations = ModuleDeclarations.NONE;
        Path descriptor = dir.resolve("module.yaml");
        try {
            if (Files.isRegularFile(descriptor)) {
                try {
                    ModuleDescriptor d = ModuleDescriptor.parse(Limits.readBounded(descriptor, Limits.MAX_RULE_FILE_BYTES), descriptor.toString());
                    name = d.name();
                    titleZh = d.titleZh();
                    titleEn = d.titleEn();
                    provinces = d.provinces();
                    reach = d.reach();
                    declarations = d.declarations();
                    if (declarations.extension() != null) {
                        problems.add(new RuleProblem(descriptor.toString(), 0, 0,
                                "规则目录不能指定 Java 扩展类(extension)；扩展只能随模块 jar 提供",
                                "a rules folder cannot name a Java extension class; extensions ship in a module jar"));
                    }
                } catch (InvalidInputException e) {
                    e.errors().forEach(x -> problems.add(asProblem(descriptor.toString(), x)));
                }
            }
            SortedMap<String, byte[]> sources = new TreeMap<>();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.filter(x -> !Files.isDirectory(x)).sorted().toList()) {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    if (rel.endsWith(".drl") || rel.equals("parameters.yaml")) {
                        try {
                            sources.put(rel, Limits.readBounded(p, Limits.MAX_RULE_FILE_BYTES));
                        } catch (Limits.TooLarge e) {
                            problems.add(new RuleProblem(p.toString(), 0, 0, "文件过大或不是普通文件（上限 " + Limits.MAX_RULE_FILE_BYTES + " 字节）",
                                    "file too large or not a regular file (the limit is " + Limits.MAX_RULE_FILE_BYTES + " bytes)"));
                        }
                    }
                }
            }
            if (sources.keySet().stream().noneMatch(k -> k.endsWith(".drl"))) {
                problems.add(new RuleProblem(dir.toString(), 0, 0, "目录中没有 .drl 规则文件", "the folder holds no .drl rule files"));
            }
            if (!Files.isRegularFile(descriptor)) {
                // without module.yaml the rules' own package names the module (io.github.countyrules.ningxia),
                // so a copy of a shipped folder replaces that module whatever the copy is called
                String pkg = packageOf(sources);
                if (pkg != null) {
                    name = pkg.substring(pkg.lastIndexOf('.') + 1);
                    titleZh = name;
                    titleEn = name;
                }
            }
            Map<String, ParameterDef> params = Map.of();
            Set<String> declared = new HashSet<>();
            byte[] table = sources.get("parameters.yaml");
            if (table != null) {
                String tableFile = dir.resolve("parameters.yaml").toString();
                try {
                    params = ParameterTables.parse(table, tableFile, name, name + ".");
                } catch (InvalidInputException e) {
                    String text = new String(table, StandardCharsets.UTF_8);
                    e.errors().forEach(x -> problems.add(atLine(asProblem(tableFile, x), text, x.path(), tableFile)));
                    // a broken entry is still a declared name: rules that use it are not "unknown parameter" too
                    Matcher m = Pattern.compile("(?m)^([A-Za-z][\\w.]*)\\s*:").matcher(text);
                    while (m.find()) {
                        declared.add(m.group(1));
                    }
                }
            }
            Map<String, String> drl = new TreeMap<>();
            sources.forEach((k, v) -> {
                if (k.endsWith(".drl")) {
                    drl.put(dir.resolve(k).toString(), new String(v, StandardCharsets.UTF_8));
                }
            });
            Set<String> known = new HashSet<>(coreParams.keySet());
            known.addAll(params.keySet());
            known.addAll(declared);
            // a friendly first pass over the text; the guards below are what holds
            if (textPass) {
                problems.addAll(RuleChecker.check(drl, known, cl));
            }
            // the DRL as parsed: MVEL parts (conditions, initialisers), package, dialect, attributes
            List<RuleProblem> guarded = new ArrayList<>();
            DrlGuard.Parsed parsed = DrlGuard.check(drl, name, cl, guarded);
            // a line the text checker already explained needs no second, terser message
            Set<String> explained = new HashSet<>();
            problems.forEach(p -> explained.add(p.file() + ":" + p.line()));
            guarded.stream().filter(p -> !explained.contains(p.file() + ":" + p.line())).forEach(problems::add);
            if (!problems.isEmpty()) {
                // rule code that reaches outside the fact model is never compiled, let alone run
                throw new RuleLoadException(problems);
            }
            KieBase kbase = compile(dir, sources, cl, problems, parsed, name);
            if (!problems.isEmpty()) {
                throw new RuleLoadException(problems);
            }
            // a folder that replaces a module on the class path keeps that module's declarations and
            // extension unless its module.yaml declares words of its own
            io.github.countyrules.core.spi.ModuleExtension extension = null;
            if (declarations.programs().isEmpty() && declarations.outcomes().isEmpty()) {
                for (ModuleDescriptor d : ModuleLoader.descriptors(cl)) {
                    if (d.name().equals(name)) {
                        declarations = d.declarations();
                        extension = ModuleLoader.extension(d, cl);
                    }
                }
            }
            return new RuleModule(name, titleZh, titleEn, kbase, sources, params, dir.toString(), provinces, reach,
                    declarations, extension);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    /** The package all DRL files declare, or null when they disagree or declare none. */
    private static String packageOf(SortedMap<String, byte[]> sources) {
        Set<String> pkgs = new TreeSet<>();
        sources.forEach((k, v) -> {
            if (k.endsWith(".drl")) {
                Matcher m = PACKAGE.matcher(RuleChecker.codeView(new String(v, StandardCharsets.UTF_8)));
                pkgs.add(m.find() ? m.group(1) : "");
            }
        });
        return pkgs.size() == 1 && !pkgs.iterator().next().isEmpty() ? pkgs.iterator().next() : null;
    }

    /** Places a parameter-table problem on the line where its parameter is declared. */
    private static RuleProblem atLine(RuleProblem p, String text, String path, String file) {
        if (p.line() > 0 || !path.startsWith(file + ":")) {
            return p;
        }
        String rest = path.substring(file.length() + 1);
        Matcher m = Pattern.compile("(?m)^([A-Za-z][\\w.]*)\\s*:").matcher(text);
        while (m.find()) {
            if (rest.equals(m.group(1)) || rest.startsWith(m.group(1) + ".")) {
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                return new RuleProblem(p.file(), line, 1, p.zh(), p.en());
            }
        }
        return p;
    }

    private static RuleProblem asProblem(String file, InputError e) {
        String where = e.path();
        int line = 0;
        int col = 0;
        Matcher m = Pattern.compile("\\(file\\):(\\d+)(?::(\\d+))?").matcher(where);
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            col = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        }
        String field = where.contains(":") && !where.startsWith("(file)") ? where.substring(where.lastIndexOf(':') + 1) + ": " : "";
        return new RuleProblem(file, line, col, field + e.zh(), field + e.en());
    }

    /** "io/github/countyrules/ningxia/" for a DRL file that declares that package; "" without one. */
    private static String packageFolder(byte[] drl) {
        Matcher m = PACKAGE.matcher(RuleChecker.codeView(new String(drl, StandardCharsets.UTF_8)));
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static KieBase compile(Path dir, SortedMap<String, byte[]> sources, ClassLoader cl, List<RuleProblem> problems,
                                   DrlGuard.Parsed parsed, String module) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("io.github.countyrules.external", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(id);
        KieModuleModel km = ks.newKieModuleModel();
        KieBaseModel kb = km.newKieBaseModel("external").setDefault(true);
        kb.addPackage("*");
        kfs.writeKModuleXML(km.toXML());
        // each file under the folder of its package, as Drools expects (it warns otherwise); problems
        // are reported against the file's own path in the rule folder
        Map<String, String> ownPath = new HashMap<>();
        sources.forEach((rel, bytes) -> {
            if (rel.endsWith(".drl")) {
                String at = packageFolder(bytes) + Path.of(rel).getFileName();
                if (ownPath.containsKey(at)) {
                    at = rel;
                }
                ownPath.put(at, rel);
                // bytes with an explicit charset: under a GBK default, text would silently misread Chinese literals
                kfs.write(ks.getResources().newByteArrayResource(bytes, "UTF-8")
                        .setSourcePath("src/main/resources/" + at).setResourceType(ResourceType.DRL));
            }
        });
        KieBuilder kbuilder = ks.newKieBuilder(kfs, cl);
        try {
            kbuilder.buildAll();
        } catch (RuntimeException | StackOverflowError e) {
            // "Rules compilation failed or interrupted", or a parser that ran out of stack: a problem, not a crash
            ks.getRepository().removeKieModule(id);
            String why = e instanceof StackOverflowError ? "规则文件嵌套过深，编译器栈溢出" : "编译失败或被中断：" + e.getMessage();
            String whyEn = e instanceof StackOverflowError ? "the rule files nest too deeply for the compiler (stack overflow)"
                    : "compilation failed or was interrupted: " + e.getMessage();
            problems.add(new RuleProblem(dir.toString(), 0, 0, why, whyEn));
            return null;
        }
        List<Message> errors = kbuilder.getResults().getMessages(Message.Level.ERROR);
        boolean positioned = errors.stream().anyMatch(m -> m.getLine() > 0 || LINE_COL.matcher(m.getText()).find());
        for (Message m : errors) {
            if (positioned && m.getText().contains("Parser returned a null Package")) {
                // the parser's summary of errors already reported with their positions
                continue;
            }
            String at = m.getPath() == null ? null : m.getPath().replaceFirst("^src/main/resources/", "");
            String path = at == null ? dir.toString() : dir.resolve(ownPath.getOrDefault(at, at)).toString();
            int line = Math.max(m.getLine(), 0);
            int col = Math.max(m.getColumn(), 0);
            Matcher lc = LINE_COL.matcher(m.getText());
            if (lc.find()) {
                line = line > 0 ? line : Integer.parseInt(lc.group(1));
                col = Integer.parseInt(lc.group(2)) + 1;
            }
            String rel = m.getPath() == null ? null : m.getPath().replaceFirst("^src/main/resources/", "");
            // the compiler names the file by where it was written (its package's folder); the source by its own name
            byte[] src = rel == null ? null : sources.get(ownPath.getOrDefault(rel, rel));
            problems.add(CompilerWords.explain(path, line, col, m.getText(),
                    src == null ? null : new String(src, StandardCharsets.UTF_8), cl));
        }
        if (problems.isEmpty()) {
            // every class the folder compiled to, checked before any of it is loaded into a knowledge base
            problems.addAll(CompiledCheck.check(kbuilder, parsed, module, dir.toString()));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(id);
            return null;
        }
        KieBase kbase = ks.newKieContainer(id, cl).getKieBase("external");
        // the compiled base is all we keep; every reload would otherwise leave a module in the repository
        ks.getRepository().removeKieModule(id);
        return kbase;
    }
}
