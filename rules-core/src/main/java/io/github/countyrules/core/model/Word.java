package io.github.countyrules.core.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The syntax shared by {@link Program}, {@link Outcome}, {@link AttestationKey} and
 * {@link DesignationStatus}: an UPPER_SNAKE word of at most 64 characters. Whether a word is known
 * is checked against the loaded modules' declarations when facts are evaluated, not here.
 */
final class Word {
    static final Pattern SYNTAX = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    static final int MAX_LENGTH = 64;
    /** Instances are shared up to this many per type, so that hostile input cannot grow the cache without end. */
    private static final int CACHE_LIMIT = 4096;

    private Word() {
    }

    static String check(String word, String what) {
        if (word == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (word.length() > MAX_LENGTH || !SYNTAX.matcher(word).matches()) {
            throw new IllegalArgumentException(what + " '" + (word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) + "…" : word)
                    + "' is not an UPPER_SNAKE word (A-Z, 0-9 and single underscores, at most " + MAX_LENGTH + " characters)");
        }
        return word;
    }

    /** True when {@code word} has the syntax of an identifier. */
    static boolean valid(String word) {
        return word != null && word.length() <= MAX_LENGTH && SYNTAX.matcher(word).matches();
    }

    static <T> T intern(Map<String, T> cache, String word, java.util.function.Function<String, T> make) {
        T t = cache.get(word);
        if (t != null) {
            return t;
        }
        t = make.apply(word);
        if (cache.size() < CACHE_LIMIT) {
            T prior = cache.putIfAbsent(word, t);
            if (prior != null) {
                return prior;
            }
        }
        return t;
    }

    static <T> Map<String, T> cache() {
        return new ConcurrentHashMap<>();
    }
}
