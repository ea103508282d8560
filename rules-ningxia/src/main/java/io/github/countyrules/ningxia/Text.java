package io.github.countyrules.ningxia;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/** How facts and lists appear in reasons and messages. */
final class Text {
    private Text() {
    }

    static String show(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    /** "a、b、c" for Chinese messages. */
    static String zhList(Collection<?> items) {
        return items.stream().map(Text::show).collect(Collectors.joining("、"));
    }

    /** "a, b, c" for English messages. */
    static String enList(Collection<?> items) {
        return items.stream().map(Text::show).collect(Collectors.joining(", "));
    }
}
