package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.InvalidInputException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

import org.drools.compiler.builder.impl.CompositeBuilderConfiguration;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationFactories;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKiePackages;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.conf.DeclarativeAgendaOption;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.conf.SequentialOption;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.utils.ChainedProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the rule modules on a class path and loads their precompiled knowledge bases. */
public final class ModuleLoader {
    private static final String CORE_PARAMETERS = "io/github/countyrules/core/parameters.yaml";

    private ModuleLoader() {
    }

    /** The core's own parameters (monitoring.defaultPublication). */
    public static Map<String, ParameterDef> coreParameters() {
        try (InputStream in = ModuleLoader.class.getClassLoader().getResourceAsStream(CORE_PARAMETERS)) {
            return ParameterTables.parse(in.readAllBytes(), CORE_PARAMETERS, "core", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every module whose descriptor is on the class path, or only those named in {@code only}
     * (empty: all).
     *
     * @throws IllegalArgumentException when a named module is not on the class path
     */
    public static List<RuleModule> fromClasspath(ClassLoader cl, Collection<String> only) {
        return fromClasspath(cl, only, List.of());
    }

    /**
     * As above; modules named in {@code replaced} (loaded from folders instead) may be missing.
     * The modules' knowledge bases are built on worker threads, one per processor at most, while
     * this thread reads their sources and parameter tables: on two cores that takes the YAML
     * reader's start-up off the critical path. Problems are thrown as a sequential load would
     * throw them, the first module's first.
     */
    public static List<RuleModule> fromClasspath(ClassLoader cl, Collection<String> only, Collection<String> replaced) {
        List<RuleModule> out = new ArrayList<>();
        ExecutorService workers = null;
        try {
            List<URL> urls = Collections.list(cl.getResources(ModuleDescriptor.RESOURCE));
            List<ModuleDescriptor> found = new ArrayList<>();
            for (URL u : urls) {
                try (InputStream in = u.openStream()) {
                    found.add(ModuleDescriptor.parse(in.readAllBytes(), u.toString()));
                } catch (InvalidInputException e) {
                    throw new IllegalStateException("the rule module descriptor " + u + " is broken: "
                            + e.errors().stream().map(Object::toString).toList(), e);
                }
            }
            for (String name : only) {
                if (!replaced.contains(name) && found.stream().noneMatch(d -> d.name().equals(name))) {
                    throw new IllegalArgumentException("rule module '" + name + "' is not on the class path; found: "
                            + found.stream().map(ModuleDescriptor::name).sorted().toList());
                }
            }
            List<Integer> wanted = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (int i = 0; i < found.size(); i++) {
                ModuleDescriptor d = found.get(i);
                if ((!only.isEmpty() && !only.contains(d.name())) || replaced.contains(d.name())) {
                    continue;
                }
                wanted.add(i);
                if (!names.add(d.name())) {
                    // the second of a name is where a sequential load stops; nothing after it is built
                    break;
                }
            }
            List<Future<KieBase>> kbases = new ArrayList<>();
            if (!wanted.isEmpty()) {
                workers = Executors.newFixedThreadPool(Math.min(wanted.size(), Runtime.getRuntime().availableProcessors()),
                        r -> {
                            Thread t = new Thread(r, "county-rules-loader");
                            t.setDaemon(true);
                            return t;
                        });
                for (int i : wanted) {
                    URL u = urls.get(i);
                    String kbase = found.get(i).kbase();
                    kbases.add(workers.submit(() -> {
                        KieBase kb = precompiled(u, kbase, cl);
                        if (kb != null) {
                            // a first session loads the session machinery (some 300 classes) here,
                            // alongside the YAML reading, instead of in the first evaluation
                            kb.newKieSession().dispose();
                        }
                        return kb;
                    }));
                }
            }
            List<Object> tables = new ArrayList<>();
            for (int i : wanted) {
                ModuleDescriptor d = found.get(i);
                try {
                    SortedMap<String, byte[]> sources = Resources.read(cl, d.resources(), ".drl", ".yaml");
                    byte[] table = sources.get(d.resources() + "/parameters.yaml");
                    Map<String, ParameterDef> params = table == null ? Map.of()
                            : ParameterTables.parse(table, d.resources() + "/parameters.yaml", d.name(), d.name() + ".");
                    tables.add(new Object[]{sources, params});
                } catch (RuntimeException e) {
                    // thrown in turn, after the knowledge bases of the modules before it
                    tables.add(e);
                }
            }
            KieContainer container = null;
            for (int w = 0; w < wanted.size(); w++) {
                ModuleDescriptor d = found.get(wanted.get(w));
                if (out.stream().anyMatch(m -> m.name().equals(d.name()))) {
                    throw new IllegalStateException("rule module '" + d.name() + "' is on the class path twice");
                }
                KieBase kbase = await(kbases.get(w));
                if (kbase == null) {
                    if (container == null) {
                        container = KieServices.get().newKieClasspathContainer(cl);
                    }
                    kbase = container.getKieBase(d.kbase());
                }
                if (tables.get(w) instanceof RuntimeException e) {
                    throw e;
                }
                Object[] t = (Object[]) tables.get(w);
                @SuppressWarnings("unchecked")
                SortedMap<String, byte[]> sources = (SortedMap<String, byte[]>) t[0];
                @SuppressWarnings("unchecked")
                Map<String, ParameterDef> params = (Map<String, ParameterDef>) t[1];
                out.add(new RuleModule(d.name(), d.titleZh(), d.titleEn(), kbase, new TreeMap<>(sources), params,
                        "classpath", d.provinces(), d.reach(), d.declarations(), extension(d, cl)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("a rule module's descriptor or parameter table is broken:\n" + e.getMessage(), e);
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        return out;
    }

    /** The descriptors of every module on the class path, loaded or not (cheap: a few lines each). */
    public static List<ModuleDescriptor> descriptors(ClassLoader cl) {
        List<ModuleDescriptor> found = new ArrayList<>();
        try {
            for (URL u : Collections.list(cl.getResources(ModuleDescriptor.RESOURCE))) {
                try (InputStream in = u.openStream()) {
                    found.add(ModuleDescriptor.parse(in.readAllBytes(), u.toString()));
                } catch (InvalidInputException e) {
                    throw new IllegalStateException("the rule module descriptor " + u + " is broken: "
                            + e.errors().stream().map(Object::toString).toList(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The module's extension, instantiated once; null when it declares none. */
    static io.github.countyrules.core.spi.ModuleExtension extension(ModuleDescriptor d, ClassLoader cl) {
        String name = d.declarations().extension();
        if (name == null) {
            return null;
        }
        try {
            Class<?> c = Class.forName(name, true, cl);
            if (!io.github.countyrules.core.spi.ModuleExtension.class.isAssignableFrom(c)) {
                throw new IllegalStateException("rule module '" + d.name() + "': extension " + name
                        + " does not implement " + io.github.countyrules.core.spi.ModuleExtension.class.getName());
            }
            return (io.github.countyrules.core.spi.ModuleExtension) c.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("rule module '" + d.name() + "': cannot create its extension " + name
                    + " (a public class with a public no-argument constructor is expected): " + e, e);
        }
    }

    /** A worker's result, its exception rethrown as the caller's own would have been. */
    private static KieBase await(Future<KieBase> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rule modules", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern KBASE = Pattern.compile("<kbase\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*\"([^\"]*)\"");

    /**
     * The knowledge base {@code kbase} of the kjar holding {@code descriptor}, built straight from
     * its executable model (the rule classes listed in {@code META-INF/kie/.../drools-model}) as
     * the classpath container would build it, with the options a kbase without settings gets; or
     * null when the kjar is not that simple (a kbase with settings or includes, a kmodule
     * configuration, no executable model), and the container must build it. Skipping the container
     * saves start-up: it reads every kmodule.xml on the class path with a schema-validating XML
     * parser and XStream (some 1,300 classes) before it builds anything.
     */
    static KieBase precompiled(URL descriptor, String kbase, ClassLoader cl) throws IOException {
        String u = descriptor.toString();
        if (kbase == null || !u.endsWith(ModuleDescriptor.RESOURCE)) {
            return null;
        }
        String root = u.substring(0, u.length() - ModuleDescriptor.RESOURCE.length());
        String kmodule;
        try (InputStream in = new URL(root + "META-INF/kmodule.xml").openStream()) {
            kmodule = COMMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
        } catch (IOException e) {
            return null;
        }
        if (kmodule.contains("<configuration")) {
            return null;
        }
        List<String> packages = null;
        Matcher k = KBASE.matcher(kmodule);
        while (k.find()) {
            Map<String, String> attrs = new HashMap<>();
            Matcher a = ATTRIBUTE.matcher(k.group(1));
            while (a.find()) {
                attrs.put(a.group(1), a.group(2).trim());
            }
            if (kbase.equals(attrs.get("name"))) {
                if (!SIMPLE_KBASE.containsAll(attrs.keySet()) || packages != null) {
                    return null;
                }
                String p = attrs.getOrDefault("packages", "");
                packages = p.isEmpty() ? List.of() : Arrays.stream(p.split(",")).map(String::trim).toList();
            }
        }
        if (packages == null) {
            return null;
        }
        SortedMap<String, byte[]> model;
        try {
            model = Resources.read(new URL(root + "META-INF/kie"), "META-INF/kie", "/drools-model");
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        if (model.size() != 1) {
            return null;
        }
        List<String> lines = new String(model.values().iterator().next(), StandardCharsets.UTF_8).lines()
                .map(String::trim).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || !lines.get(0).startsWith("Drools-Model-Version:")) {
            return null;
        }
        // the kind of class loader the container gives its kbases (it resolves the rules' classes)
        ProjectClassLoader pcl = ProjectClassLoader.createProjectClassLoader(cl);
        List<Model> models = new ArrayList<>();
        for (String name : lines.subList(1, lines.size())) {
            Model m;
            try {
                m = (Model) pcl.loadClass(name).getConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                return null;
            }
            if (packages.isEmpty() || packages.contains("*") || packages.contains(m.getPackageName())) {
                models.add(m);
            }
        }
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration(null, pcl);
        // the kbase model's defaults, which the container sets over any system property
        conf.setOption(EqualityBehaviorOption.IDENTITY);
        conf.setOption(EventProcessingOption.CLOUD);
        conf.setOption(DeclarativeAgendaOption.DISABLED);
        conf.setOption(SequentialOption.NO);
        conf.setOption(KieBaseMutabilityOption.ALLOWED);
        // A builder configuration gives the executable model only the property reactivity of fact
        // types (drools.propertySpecific), ALWAYS without one. Only when that property says
        // otherwise is one made, and then only its rule part: the whole (KnowledgeBuilderFactory)
        // starts the DRL compilers' machinery, MVEL, dialects and the Eclipse compiler, whose signed
        // jar is verified on opening (~450 classes).
        ChainedProperties properties = ChainedProperties.getChainedProperties(pcl);
        KnowledgeBuilderConfiguration builderConf = PropertySpecificOption.ALWAYS.name().equalsIgnoreCase(
                properties.getProperty(PropertySpecificOption.PROPERTY_NAME, PropertySpecificOption.ALWAYS.name())) ? null
                : new CompositeBuilderConfiguration(properties, pcl, KnowledgeBuilderConfigurationFactories.ruleConf);
        CanonicalKiePackages pkgs = new KiePackagesBuilder(conf, builderConf, models).build();
        InternalKnowledgeBase kb = KnowledgeBaseFactory.newKnowledgeBase(kbase, conf);
        kb.addPackages(pkgs.getKiePackages());
        return kb;
    }

    private static final Set<String> SIMPLE_KBASE = Set.of("name", "packages", "default");
}
