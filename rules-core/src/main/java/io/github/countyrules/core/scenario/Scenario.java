package io.github.countyrules.core.scenario;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;

import java.nio.file.Path;
import java.util.List;

/**
 * A scenario read from a file: its name, where it came from, its facts (or the input errors the
 * facts gave, for a scenario that expects them), and what must come out.
 *
 * @param facts       null when the facts were refused; then {@code factErrors} says why
 * @param expectErrors paths each of which some input error must name
 */
public record Scenario(String name, Path file, int index, Facts facts, List<InputError> factErrors,
                       List<Expectation> expect, List<String> expectErrors) {
    public Scenario {
        factErrors = List.copyOf(factErrors);
        expect = List.copyOf(expect);
        expectErrors = List.copyOf(expectErrors);
    }

    /** "file.yaml#2" */
    public String location() {
        return (file == null ? "(inline)" : file.toString()) + "#" + index;
    }
}
