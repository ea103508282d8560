package io.github.countyrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.countyrules.core.api.ModuleInfo;

import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * A module's title for people. A rules folder without {@code module.yaml} (a copy of a shipped
 * module's folder, as policy staff make) has only its name as title; it then takes the title of the
 * shipped module of that name, from that jar's {@code META-INF/county-rules-module.yaml}.
 */
final class ModuleTitles {
    private static final String DESCRIPTOR = "META-INF/county-rules-module.yaml";
    private static volatile Map<String, String[]> shipped;

    private ModuleTitles() {
    }

    /** The title in this language, or the module's name when there is none anywhere. */
    static String of(ModuleInfo m, Lang lang) {
        // a folder's module.yaml is text from outside: an escape sequence in a title never reaches the terminal raw
        String t = io.github.countyrules.core.internal.ControlChars.escape(lang.t(m.titleZh(), m.titleEn()));
        if (t != null && !t.isBlank() && !t.equals(m.name())) {
            return t;
        }
        String[] s = shipped().get(m.name());
        return s == null ? io.github.countyrules.core.internal.ControlChars.escape(m.name()) : lang.t(s[0], s[1]);
    }

    /** Whether the module has a title other than its name. */
    static boolean titled(ModuleInfo m, Lang lang) {
        return !of(m, lang).equals(m.name());
    }

    private static Map<String, String[]> shipped() {
        Map<String, String[]> s = shipped;
        if (s == null) {
            s = new HashMap<>();
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            try {
                Enumeration<URL> urls = ModuleTitles.class.getClassLoader().getResources(DESCRIPTOR);
                while (urls.hasMoreElements()) {
                    try (InputStream in = urls.nextElement().openStream()) {
                        JsonNode d = yaml.readTree(in);
                        if (d != null && d.hasNonNull("name") && d.hasNonNull("titleZh") && d.hasNonNull("titleEn")) {
                            s.put(d.get("name").asText(), new String[]{d.get("titleZh").asText(), d.get("titleEn").asText()});
                        }
                    } catch (java.io.IOException | RuntimeException e) {
                        // a broken descriptor is the engine's to report; here it only costs a title
                    }
                }
            } catch (java.io.IOException e) {
                // no titles: names will do
            }
            shipped = s;
        }
        return s;
    }
}
