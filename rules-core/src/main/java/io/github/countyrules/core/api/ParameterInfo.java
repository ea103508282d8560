package io.github.countyrules.core.api;

/**
 * A named parameter of a loaded module: its type, the clause it reads, why its default (zh, en)
 * and the value in force at a date, as text.
 */
public record ParameterInfo(String name, String module, String type, String clause, String zh, String en,
                            String value) {
}
