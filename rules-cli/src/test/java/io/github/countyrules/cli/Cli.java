package io.github.countyrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countyrules.core.api.PolicyEngine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs the command line in-process and keeps what it printed. */
final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PolicyEngine engine;

    record Result(int code, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (Exception e) {
                throw new AssertionError("stdout is not JSON:\n" + out + "\nstderr:\n" + err, e);
            }
        }

        /** The last line that is not blank. */
        String lastLine() {
            List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PolicyRules.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The engine the commands build by default, to compare their output with the catalogue. */
    static synchronized PolicyEngine engine() {
        if (engine == null) {
            engine = PolicyEngine.builder().build();
        }
        return engine;
    }

    static boolean hasRules(String module) {
        return engine().rules().stream().anyMatch(r -> r.module().equals(module));
    }
}
