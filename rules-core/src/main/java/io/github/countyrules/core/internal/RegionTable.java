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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The shipped national division table (resource {@code divisions.csv}): every province,
 * prefecture-level and county-level unit of the country, 2023 statistical codes (docs/data.md says
 * where it comes from and how it was derived). Read once, on first use, without a regular
 * expression: about 3,200 lines.
 */
public final class RegionTable {
    private static final String RESOURCE = "/io/github/countyrules/core/divisions.csv";
    private static final String SOURCE = "shipped division table";

    private RegionTable() {
    }

    /** Every shipped region by code, in file order; immutable. */
    public static Map<String, Region> shipped() {
        return Holder.SHIPPED;
    }

    /** Loaded when {@link #shipped()} is first called, not when the class is. */
    private static final class Holder {
        static final Map<String, Region> SHIPPED = load();
    }

    private static Map<String, Region> load() {
        Map<String, Region> map = new LinkedHashMap<>(4400);
        Map<String, String> parents = new HashMap<>(512); // one String instance per parent code
        try (InputStream in = RegionTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("shipped table missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                // code,name,level,parent,kind
                int a = line.indexOf(',');
                int b = line.indexOf(',', a + 1);
                int c = line.indexOf(',', b + 1);
                int d = line.indexOf(',', c + 1);
                if (a < 0 || b < 0 || c < 0 || d < 0) {
                    throw new IllegalStateException("malformed line in " + RESOURCE + ": " + line);
                }
                String code = line.substring(0, a);
                String parent = c + 1 == d ? null : parents.computeIfAbsent(line.substring(c + 1, d), p -> p);
                Level level = Level.valueOf(line.substring(b + 1, c));
                map.put(code, new Region(code, line.substring(a + 1, b), level, parent, null, Set.of(), SOURCE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }
}
