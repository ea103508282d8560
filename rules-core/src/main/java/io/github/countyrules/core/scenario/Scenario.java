package io.github.countyrules.core.scenario;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A scenario read from a file: its name, where it came from, its facts (or the input errors the
 * facts gave, for a scenario that expects them), and what must come out.
 *
 * @param facts       null when the facts were refused; then {@code factErrors} says why
 * @param expectErrors paths each of which some input error must name
 * @param line        the line the scenario starts on in {@code file} (0 when unknown)
 * @param factsFile   the file the facts were read from: {@code file} for facts written in the
 *                    scenario, the file {@code factsFile:} names otherwise (null when unknown)
 * @param factLines   the line in {@code factsFile} of each fact path ({@code monitoring[0].grade}),
 *                    for pointing at the fact an input error names
 */
public record Scenario(String name, Path file, int index, Facts facts, List<InputError> factErrors,
                       List<Expectation> expect, List<String> expectErrors, int line, Path factsFile,
                       Map<String, Integer> factLines) {
    public Scenario {
        factErrors = List.copyOf(factErrors);
        expect = List.copyOf(expect);
        expectErrors = List.copyOf(expectErrors);
        factLines = Map.copyOf(factLines);
    }

    /** A scenario without line numbers. */
    public Scenario(String name, Path file, int index, Facts facts, List<InputError> factErrors,
                    List<Expectation> expect, List<String> expectErrors) {
        this(name, file, index, facts, factErrors, expect, expectErrors, 0, file, Map.of());
    }

    /** The line in {@link #factsFile()} of the fact at {@code path}, or of the nearest enclosing one; 0 when unknown. */
    public int factLine(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer l = factLines.get(p);
            if (l != null) {
                return l;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return factLines.getOrDefault("", 0);
    }

    /** "file.yaml:12" (the line the scenario starts on), or "file.yaml#2" when the line is unknown. */
    public String location() {
        return (file == null ? "(inline)" : file.toString()) + (line > 0 ? ":" + line : "#" + index);
    }
}
