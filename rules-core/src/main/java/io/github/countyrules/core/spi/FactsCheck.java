package io.github.countyrules.core.spi;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.Vocabulary;

/** What a {@link ModuleExtension} sees of one evaluation, and where it reports problems. */
public interface FactsCheck {
    /** The facts, as built (lists in file order: the item at index i has path {@code list[i]}). */
    Facts facts();

    /** The words the engine knows. */
    Vocabulary vocabulary();

    /**
     * A parameter's value in force at the as-of date with overrides applied, as the rules see it
     * ({@code Integer}, {@code Ratio}, {@code LocalDate}, table {@code Map}...), or {@code null}
     * when no loaded module defines it.
     */
    Object parameter(String name);

    /**
     * Reports an input error at {@code path} (e.g. {@code acceptance[3].round}) for {@code value}
     * (may be null), with what is wrong in Chinese and in English.
     */
    void error(String path, Object value, String zh, String en);

    /** Reports a required field that is missing at {@code path}. */
    default void missing(String path) {
        error(path, null, "缺少必填字段", "required field is missing");
    }
}
