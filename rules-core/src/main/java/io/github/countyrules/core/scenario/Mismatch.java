package io.github.countyrules.core.scenario;

import java.nio.file.Path;

/**
 * One way a scenario's outcome differs from what it expects, in one line a tester reads at a
 * glance: where (scenario file and line), which region, what (a rule id, a decision, an input
 * error), what was expected and what came out, in Chinese and English.
 *
 * <pre>
 * rules-ningxia/src/test/scenarios/eligibility.yaml:14  640122  NX-D1: expected MET, got UNKNOWN
 * rules-ningxia/src/test/scenarios/eligibility.yaml:14  640122  NX-D1：期望 MET，实际 UNKNOWN
 * </pre>
 *
 * @param file      the file the line refers to (the scenario file, or the facts file it names); may be null
 * @param line      1-based line of the expectation (or fact) concerned; 0 when unknown
 * @param region    the region concerned, or "-"
 * @param whatEn    a rule id, or a decision ("ELIGIBILITY NINGXIA_INNOVATIVE_COUNTY 2024"), in English
 * @param whatZh    the same in Chinese
 * @param expectedEn what the scenario expects, in English
 * @param expectedZh the same in Chinese
 * @param gotEn     what came out, in English
 * @param gotZh     the same in Chinese
 */
public record Mismatch(Path file, int line, String region, String whatEn, String whatZh, String expectedEn,
                       String expectedZh, String gotEn, String gotZh) {

    /** "file:line" (or the file alone when the line is unknown). */
    public String where() {
        String f = file == null ? "(inline)" : file.toString();
        return line > 0 ? f + ":" + line : f;
    }

    /** The one line, in Chinese when {@code zh}, in English otherwise. */
    public String text(boolean zh) {
        return zh
                ? where() + "  " + region + "  " + whatZh + "：期望 " + expectedZh + "，实际 " + gotZh
                : where() + "  " + region + "  " + whatEn + ": expected " + expectedEn + ", got " + gotEn;
    }

    /** The English line. */
    @Override
    public String toString() {
        return text(false);
    }
}
