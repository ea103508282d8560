package io.github.countyrules.core.api;

import java.util.List;

/**
 * Thrown when facts, scenarios or parameters are refused. It carries every problem found, not just
 * the first; nothing is evaluated on partial input.
 */
public class InvalidInputException extends RuntimeException {
    private final List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors.stream().sorted().toList());
    }

    /** Every problem, sorted by path. */
    public List<InputError> errors() {
        return errors;
    }

    private static String summary(List<InputError> errors) {
        StringBuilder sb = new StringBuilder(errors.size() + " input error(s)");
        errors.stream().sorted().limit(20).forEach(e -> sb.append("\n  ").append(e));
        if (errors.size() > 20) {
            sb.append("\n  …");
        }
        return sb.toString();
    }
}
