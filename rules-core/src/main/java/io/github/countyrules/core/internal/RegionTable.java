package io.github.countyrules.core.internal;

import io.github.countyrules.core.model.Level;
import io.github.countyrules.core.model.Region;
import io.github.countyrules.core.rules.ShippedTable;

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
        for (String[] f : ShippedTable.rows(RESOURCE)) {
            String parent = f[3].isEmpty() ? null : f[3];
            map.put(f[0], new Region(f[0], f[1], Level.valueOf(f[2]), parent, null, Set.of(), "shipped division table"));
        }
        return Collections.unmodifiableMap(map);
    }
}
