package io.github.countyrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Map;

/**
 * An outcome of a decision, declared by the rule modules whose rules produce it together with the decision kinds it may have (POLICY-SPEC §4). Core names only the generic outcomes its own code produces.
 *
 * <p>An immutable identifier holding one UPPER_SNAKE word, as written in facts files, reports and
 * Java alike ({@code Outcome.of("ELIGIBLE")}). Equality, hash and order are those of the word; JSON and YAML
 * carry the plain word. Construction checks the syntax only: whether the word is declared by a
 * loaded module is checked when facts are evaluated (an unknown word is an input error naming its
 * path and the known words). Modules offer typed constants for their own words.
 */
public final class Outcome implements Comparable<Outcome>, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Outcome> CACHE = Word.cache();

    /** All criteria met. */
    public static final Outcome ELIGIBLE = of("ELIGIBLE");
    /** A criterion not met. */
    public static final Outcome INELIGIBLE = of("INELIGIBLE");
    /** The rule does not apply to the subject. */
    public static final Outcome NOT_APPLICABLE = of("NOT_APPLICABLE");
    /** No criterion unmet but at least one unknown: missing data never decides. */
    public static final Outcome UNDETERMINED = of("UNDETERMINED");

    private final String name;

    private Outcome(String name) {
        this.name = name;
    }

    /**
     * The identifier for {@code word}.
     *
     * @throws IllegalArgumentException when {@code word} is not an UPPER_SNAKE word
     */
    @JsonCreator
    public static Outcome of(String word) {
        return Word.intern(CACHE, Word.check(word, "Outcome"), Outcome::new);
    }

    /** True when {@code word} has the syntax of an identifier (whether known or not). */
    public static boolean isWord(String word) {
        return Word.valid(word);
    }

    /** The word, e.g. {@code "ELIGIBLE"}. */
    @JsonValue
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outcome other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** Alphabetical by word. */
    @Override
    public int compareTo(Outcome o) {
        return name.compareTo(o.name);
    }

    private Object readResolve() {
        return of(name);
    }
}
