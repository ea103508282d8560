package io.github.countyrules.core.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a small comma-separated table shipped as a resource: '#' lines are comments, the first
 * other line is the header, fields hold no commas. Used for the division table and the 附件2
 * catalogue, which are data, not code.
 */
public final class ShippedTable {
    private ShippedTable() {
    }

    /** The rows after the header, each split into its fields. */
    public static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ShippedTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("shipped table missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
