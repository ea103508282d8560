package io.github.countyrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.countyrules.core.api.InvalidInputException;

import java.util.List;

/**
 * {@code META-INF/county-rules-module.yaml} of a rule jar (or {@code module.yaml} of a rules
 * folder): the module's name, knowledge base, title and the resource folder holding its DRL files
 * and {@code parameters.yaml}.
 *
 * <pre>
 * name: ningxia
 * kbase: ningxia
 * titleZh: 宁夏自治区创新发展市和创新型县(区)
 * titleEn: Ningxia innovative cities and counties
 * resources: io/github/countyrules/ningxia
 * </pre>
 */
public record ModuleDescriptor(String name, String kbase, String titleZh, String titleEn, String resources) {
    public static final String RESOURCE = "META-INF/county-rules-module.yaml";

    public static ModuleDescriptor parse(byte[] bytes, String file) {
        Errors err = new Errors();
        JsonNode n = Yaml.parse(bytes, err);
        if (n != null) {
            Obj o = new Obj(n, file, err, List.of("name", "kbase", "titleZh", "titleEn", "resources"));
            ModuleDescriptor d = new ModuleDescriptor(o.text("name", true), o.text("kbase", true), o.text("titleZh", true),
                    o.text("titleEn", true), o.text("resources", false));
            if (o.ok()) {
                return d;
            }
        }
        throw new InvalidInputException(err.list());
    }
}
