package io.github.countyrules.core.internal;

import io.github.countyrules.core.model.Level;
import io.github.countyrules.core.model.Region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The shipped division table of Ningxia and Gansu (resource {@code divisions.csv}). */
public final class RegionTable {
    private static final String RESOURCE = "/io/github/countyrules/core/divisions.csv";
    private static final Map<String, Region> SHIPPED = load();

    private RegionTable() {
    }

    /** Every shipped region by code, in file order; immutable. */
    public static Map<String, Region> shipped() {
        return SHIPPED;
    }

    private static Map<String, Region> load() {
        Map<String, Region> map = new LinkedHashMap<>();
        try (InputStream in = RegionTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("shipped division table missing: " + RESOURCE);
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
                String[] f = line.split(",", -1);
                String parent = f[3].isEmpty() ? null : f[3];
                map.put(f[0], new Region(f[0], f[1], Level.valueOf(f[2]), parent, null, Set.of(),
                        "shipped division table"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }
}
