package io.github.countyrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule ids POLICY-SPEC.md defines, with module and clause, shipped as a resource: coverage
 * reports the ids no loaded rule implements yet, and a user of the jar has no copy of the spec.
 */
final class SpecIds {
    static final String RESOURCE = "/io/github/countyrules/cli/policy-spec-rules.tsv";

    record Entry(String id, String module, String clause) {
    }

    private SpecIds() {
    }

    static List<Entry> load() {
        try (InputStream in = SpecIds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
            }
            List<Entry> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": expected id, module and clause separated by tabs: " + line);
                }
                out.add(new Entry(f[0].strip(), f[1].strip(), f[2].strip()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
