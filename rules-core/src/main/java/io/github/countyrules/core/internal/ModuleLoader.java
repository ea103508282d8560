package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.InvalidInputException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

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

    /** As above; modules named in {@code replaced} (loaded from folders instead) may be missing. */
    public static List<RuleModule> fromClasspath(ClassLoader cl, Collection<String> only, Collection<String> replaced) {
        List<RuleModule> out = new ArrayList<>();
        KieContainer container = null;
        try {
            Enumeration<URL> urls = cl.getResources(ModuleDescriptor.RESOURCE);
            List<ModuleDescriptor> found = new ArrayList<>();
            while (urls.hasMoreElements()) {
                URL u = urls.nextElement();
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
            for (ModuleDescriptor d : found) {
                if ((!only.isEmpty() && !only.contains(d.name())) || replaced.contains(d.name())) {
                    continue;
                }
                if (out.stream().anyMatch(m -> m.name().equals(d.name()))) {
                    throw new IllegalStateException("rule module '" + d.name() + "' is on the class path twice");
                }
                if (container == null) {
                    container = KieServices.get().newKieClasspathContainer(cl);
                }
                KieBase kbase = container.getKieBase(d.kbase());
                SortedMap<String, byte[]> sources = Resources.read(cl, d.resources(), ".drl", ".yaml");
                byte[] table = sources.get(d.resources() + "/parameters.yaml");
                Map<String, ParameterDef> params = table == null ? Map.of()
                        : ParameterTables.parse(table, d.resources() + "/parameters.yaml", d.name(), d.name() + ".");
                out.add(new RuleModule(d.name(), d.titleZh(), d.titleEn(), kbase, new TreeMap<>(sources), params,
                        "classpath", d.provinces()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("a rule module's descriptor or parameter table is broken:\n" + e.getMessage(), e);
        }
        return out;
    }
}
