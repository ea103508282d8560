package io.github.countyrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.countyrules.core.api.AttestationKeyInfo;
import io.github.countyrules.core.api.OutcomeInfo;
import io.github.countyrules.core.api.ProgramInfo;
import io.github.countyrules.core.api.SpecRule;
import io.github.countyrules.core.model.AttestationKey;
import io.github.countyrules.core.model.DesignationStatus;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a module declares as its own in its descriptor: programmes, outcomes, attestation keys,
 * programmes of other modules its rules read, spec rule ids and an optional extension class.
 */
public record ModuleDeclarations(List<ProgramInfo> programs, List<OutcomeInfo> outcomes,
                                 List<AttestationKeyInfo> attestationKeys, Set<Program> reads,
                                 List<SpecRule> specRules, String extension) {
    public static final ModuleDeclarations NONE = new ModuleDeclarations(List.of(), List.of(), List.of(), Set.of(), List.of(), null);
    static final List<String> KEYS = List.of("programmes", "outcomes", "attestationKeys", "reads", "specIds", "extension");
    static final List<String> APPLICATION_FIELDS = List.of("batch", "theme");
    static final List<String> DESIGNATION_FIELDS = List.of("theme");

    public ModuleDeclarations {
        programs = List.copyOf(programs);
        outcomes = List.copyOf(outcomes);
        attestationKeys = List.copyOf(attestationKeys);
        reads = Set.copyOf(reads);
        specRules = List.copyOf(specRules);
    }

    /** Reads the declaration keys of a descriptor already read as {@code n}. */
    static ModuleDeclarations parse(JsonNode n, String module, String file, Errors err) {
        List<ProgramInfo> programs = new ArrayList<>();
        List<OutcomeInfo> outcomes = new ArrayList<>();
        List<AttestationKeyInfo> keys = new ArrayList<>();
        Set<Program> reads = new LinkedHashSet<>();
        List<SpecRule> spec = new ArrayList<>();
        each(n, "programmes", file, err, (o, p) -> {
            String word = o.text("word", true);
            String province = o.text("province", false);
            if (province != null && !province.matches("\\d{2}")) {
                err.wrongType(p + ".province", province, "两位省级代码(如 \"64\")；全国性项目不写", "a two-digit province code in quotes, or none for a national programme");
            }
            Set<String> appFields = words(o.node("applicationFields"), p + ".applicationFields", APPLICATION_FIELDS, err);
            Set<String> desFields = words(o.node("designationFields"), p + ".designationFields", DESIGNATION_FIELDS, err);
            Set<DesignationStatus> statuses = new LinkedHashSet<>();
            JsonNode st = o.node("statuses");
            if (st == null || !st.isArray() || st.isEmpty()) {
                err.wrongType(p + ".statuses", st == null ? null : st.toString(), "该项目允许的认定状态列表", "the list of designation statuses the programme allows");
            } else {
                for (int i = 0; i < st.size(); i++) {
                    String w = st.get(i).asText();
                    if (DesignationStatus.isWord(w)) {
                        statuses.add(DesignationStatus.of(w));
                    } else {
                        err.wrongType(p + ".statuses[" + i + "]", w, "大写下划线单词", "an UPPER_SNAKE word");
                    }
                }
            }
            String titleZh = o.text("titleZh", true);
            String titleEn = o.text("titleEn", true);
            if (checkWord(word, p + ".word", err)) {
                programs.add(new ProgramInfo(Program.of(word), module, province, titleZh, titleEn, appFields, desFields, statuses));
            }
        }, "word", "province", "titleZh", "titleEn", "applicationFields", "designationFields", "statuses");
        each(n, "outcomes", file, err, (o, p) -> {
            String word = o.text("word", true);
            Set<Kind> kinds = new LinkedHashSet<>();
            JsonNode k = o.node("kinds");
            List<String> allKinds = java.util.Arrays.stream(Kind.values()).map(Enum::name).toList();
            if (k == null || !k.isArray() || k.isEmpty()) {
                err.wrongType(p + ".kinds", k == null ? null : k.toString(), "决定类别列表，如 [STATUS]", "a list of decision kinds, e.g. [STATUS]");
            } else {
                for (int i = 0; i < k.size(); i++) {
                    String w = k.get(i).asText();
                    if (allKinds.contains(w)) {
                        kinds.add(Kind.valueOf(w));
                    } else {
                        err.unknownWord(p + ".kinds[" + i + "]", w, allKinds);
                    }
                }
            }
            String zh = o.text("labelZh", true);
            String en = o.text("labelEn", true);
            if (checkWord(word, p + ".word", err)) {
                outcomes.add(new OutcomeInfo(Outcome.of(word), kinds, zh, en, List.of(module)));
            }
        }, "word", "kinds", "labelZh", "labelEn");
        each(n, "attestationKeys", file, err, (o, p) -> {
            String word = o.text("word", true);
            String zh = o.text("labelZh", true);
            String en = o.text("labelEn", true);
            if (checkWord(word, p + ".word", err)) {
                keys.add(new AttestationKeyInfo(AttestationKey.of(word), zh, en, List.of(module)));
            }
        }, "word", "labelZh", "labelEn");
        JsonNode r = n.get("reads");
        if (r != null) {
            if (!r.isArray()) {
                err.wrongType(file + ".reads", r.toString(), "其他模块项目单词列表", "a list of other modules' programme words");
            } else {
                for (int i = 0; i < r.size(); i++) {
                    if (checkWord(r.get(i).asText(), file + ".reads[" + i + "]", err)) {
                        reads.add(Program.of(r.get(i).asText()));
                    }
                }
            }
        }
        each(n, "specIds", file, err, (o, p) -> {
            String id = o.text("id", true);
            String clause = o.text("clause", true);
            if (id != null && clause != null) {
                spec.add(new SpecRule(id, module, clause));
            }
        }, "id", "clause");
        String extension = null;
        JsonNode x = n.get("extension");
        if (x != null) {
            if (x.isTextual() && x.textValue().matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+")) {
                extension = x.textValue();
            } else {
                err.wrongType(file + ".extension", x.toString(), "扩展类的完整类名", "the fully qualified name of the extension class");
            }
        }
        return new ModuleDeclarations(programs, outcomes, keys, reads, spec, extension);
    }

    private static boolean checkWord(String word, String path, Errors err) {
        if (word == null) {
            return false;
        }
        if (!Program.isWord(word)) {
            err.wrongType(path, word, "大写下划线单词(如 MY_INNOVATIVE_COUNTY)", "an UPPER_SNAKE word (e.g. MY_INNOVATIVE_COUNTY)");
            return false;
        }
        return true;
    }

    private static Set<String> words(JsonNode v, String path, List<String> allowed, Errors err) {
        Set<String> out = new LinkedHashSet<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            err.wrongType(path, v.toString(), "列表：" + allowed, "a list of " + allowed);
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            if (allowed.contains(v.get(i).asText())) {
                out.add(v.get(i).asText());
            } else {
                err.unknownWord(path + "[" + i + "]", v.get(i).asText(), allowed);
            }
        }
        return out;
    }

    private static void each(JsonNode n, String key, String file, Errors err,
                             java.util.function.BiConsumer<Obj, String> item, String... fields) {
        JsonNode list = n.get(key);
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            err.wrongType(file + "." + key, list.toString(), "列表", "a list");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String p = file + "." + key + "[" + i + "]";
            if (!list.get(i).isObject()) {
                err.wrongType(p, list.get(i).toString(), "映射", "a mapping");
                continue;
            }
            item.accept(new Obj(list.get(i), p, err, List.of(fields)), p);
        }
    }
}
