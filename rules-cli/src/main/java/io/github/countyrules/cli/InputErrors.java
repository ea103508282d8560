package io.github.countyrules.cli;

import io.github.countyrules.core.api.InputError;

import java.io.PrintWriter;
import java.util.List;

/** Input errors for people: {@code path: message (found: value)}, one a line, in the chosen language. */
final class InputErrors {
    private InputErrors() {
    }

    static String line(InputError e, Lang lang) {
        String found = e.value() == null ? "" : lang.t("（实际值：" + e.value() + "）", " (found: " + e.value() + ")");
        return e.path() + ": " + lang.t(e.zh(), e.en()) + found;
    }

    /** Every error, then how many there were, so a long list does not hide its own length. */
    static void print(List<InputError> errors, Lang lang, PrintWriter w) {
        for (InputError e : errors) {
            w.println(line(e, lang));
        }
        w.println(lang.t("共 " + errors.size() + " 处错误", errors.size() + " error(s)"));
        w.flush();
    }
}
