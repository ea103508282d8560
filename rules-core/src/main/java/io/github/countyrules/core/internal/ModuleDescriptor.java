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
 * provinces: ["64"]        # optional: the provinces its rules concern; default all
 * reach: prefecture        # optional: how far one rule's facts reach; default province
 * extension: io.github.countyrules.ningxia.NingxiaExtension   # optional: a ModuleExtension class
 * reads: [NATIONAL_INNOVATIVE_COUNTY]                        # optional: other modules' programmes its rules read
 * programmes:
 *   - word: NINGXIA_INNOVATIVE_COUNTY
 *     province: "64"                   # none for a national programme
 *     titleZh: 自治区创新型县(区)
 *     titleEn: Ningxia innovative county (district)
 *     applicationFields: []            # batch, theme: taken (and then required) by its applications
 *     designationFields: []            # theme: allowed on its designations
 *     statuses: [APPLIED, SELECTED, UNDER_CONSTRUCTION, APPROVED, DISQUALIFIED, TITLE_REVOKED]
 * outcomes:
 *   - {word: APPROVED, kinds: [STATUS], labelZh: 通过评估验收, labelEn: approved}
 * attestationKeys:
 *   - {word: PLAN_FEASIBLE, labelZh: 建设方案切实可行, labelEn: the construction plan is feasible}
 * specIds:
 *   - {id: NX-C1, clause: NX-GUIDE 三(二)1}
 * </pre>
 *
 * The plain flat lines are read without the YAML library; a descriptor with lists of mappings is
 * read with it.
 *
 * {@code reach: prefecture} promises that every rule relates a region only to itself, to its
 * prefecture-level city and to that city's units (codes sharing the first four digits); the engine
 * then runs the module once per prefecture, in parallel on large input. {@code province} (the
 * default) allows rules over a whole province, such as a province's quota or ranking.
 */
public record ModuleDescriptor(String name, String kbase, String titleZh, String titleEn, String resources,
                               java.util.Set<String> provinces, String reach, ModuleDeclarations declarations) {
    public static final String RESOURCE = "META-INF/county-rules-module.yaml";
    public static final String REACH_PROVINCE = "province";
    public static final String REACH_PREFECTURE = "prefecture";
    public static final List<String> REACHES = List.of(REACH_PROVINCE, REACH_PREFECTURE);

    public ModuleDescriptor(String name, String kbase, String titleZh, String titleEn, String resources,
                            java.util.Set<String> provinces) {
        this(name, kbase, titleZh, titleEn, resources, provinces, REACH_PROVINCE, ModuleDeclarations.NONE);
    }

    public ModuleDescriptor {
        declarations = declarations == null ? ModuleDeclarations.NONE : declarations;
    }

    private static final List<String> KEYS;

    static {
        List<String> k = new java.util.ArrayList<>(List.of("name", "kbase", "titleZh", "titleEn", "resources", "provinces", "reach"));
        k.addAll(ModuleDeclarations.KEYS);
        KEYS = List.copyOf(k);
    }

    public static ModuleDescriptor parse(byte[] bytes, String file) {
        Errors err = new Errors();
        // a descriptor is a few plain lines: read without the YAML library unless it is more than that
        JsonNode plain = Yaml.parsePlain(bytes);
        JsonNode n = plain != null ? plain : Yaml.parse(bytes, err);
        if (n != null) {
            Obj o = new Obj(n, file, err, KEYS);
            java.util.Set<String> provinces = new java.util.TreeSet<>();
            JsonNode p = o.node("provinces");
            if (p != null) {
                if (!p.isArray()) {
                    err.wrongType(file + ".provinces", p, "两位省级代码列表", "a list of two-digit province codes");
                } else {
                    p.forEach(x -> {
                        if (x.isTextual() && x.textValue().matches("\\d{2}")) {
                            provinces.add(x.textValue());
                        } else {
                            err.wrongType(file + ".provinces", x, "两位省级代码(如 \"64\")", "a two-digit province code in quotes (e.g. \"64\")");
                        }
                    });
                }
            }
            String reach = o.text("reach", false);
            if (reach != null && !REACHES.contains(reach)) {
                err.unknownWord(file + ".reach", reach, REACHES);
            }
            String name = o.text("name", true);
            ModuleDeclarations decl = ModuleDeclarations.parse(n, name, file, err);
            ModuleDescriptor d = new ModuleDescriptor(name, o.text("kbase", false), o.text("titleZh", true),
                    o.text("titleEn", true), o.text("resources", false), provinces, reach == null ? REACH_PROVINCE : reach, decl);
            if (o.ok()) {
                return d;
            }
        }
        throw new InvalidInputException(err.list());
    }
}
