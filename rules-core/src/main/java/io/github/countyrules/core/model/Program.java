package io.github.countyrules.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Map;

/**
 * A programme that designations, applications and other programme facts belong to, declared by a rule module (its province, titles, the fields its facts take).
 *
 * <p>An immutable identifier holding one UPPER_SNAKE word, as written in facts files, reports and
 * Java alike ({@code Program.of("NATIONAL_INNOVATIVE_COUNTY")}). Equality, hash and order are those of the word; JSON and YAML
 * carry the plain word. Construction checks the syntax only: whether the word is declared by a
 * loaded module is checked when facts are evaluated (an unknown word is an input error naming its
 * path and the known words). Modules offer typed constants for their own words.
 */
public final class Program implements Comparable<Program>, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Program> CACHE = Word.cache();

    private final String name;

    private Program(String name) {
        this.name = name;
    }

    /**
     * The identifier for {@code word}.
     *
     * @throws IllegalArgumentException when {@code word} is not an UPPER_SNAKE word
     */
    @JsonCreator
    public static Program of(String word) {
        return Word.intern(CACHE, Word.check(word, "Program"), Program::new);
    }

    /** True when {@code word} has the syntax of an identifier (whether known or not). */
    public static boolean isWord(String word) {
        return Word.valid(word);
    }

    /** The word, e.g. {@code "NATIONAL_INNOVATIVE_COUNTY"}. */
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
        return o instanceof Program other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** Alphabetical by word. */
    @Override
    public int compareTo(Program o) {
        return name.compareTo(o.name);
    }

    private Object readResolve() {
        return of(name);
    }
}
