package io.github.countyrules.ningxia;

import io.github.countyrules.core.rules.Ratio;
import io.github.countyrules.core.rules.ShippedTable;

import io.github.countyrules.core.model.Indicator;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * NX-GUIDE 附件2: the 25 indicators of the construction plan. Items 1-18 are quantitative, 19-25
 * qualitative. The share of targets met counts quantitative indicators of a year that have a target
 * (actual &gt;= target; for item 2, a growth rate, the same).
 */
public final class IndicatorCatalogue {
    /** What an item measures, and so which values it admits. */
    public enum Measure {
        /** percent, 0-100. */ SHARE,
        /** percent growth, any sign. */ GROWTH,
        /** 万元, &gt;= 0. */ AMOUNT,
        /** count, &gt;= 0. */ COUNT,
        /** 件/万人, &gt;= 0. */ DENSITY,
        /** qualitative text. */ TEXT
    }

    /** One catalogue entry. */
    public record Item(int number, String group, String groupEn, String name, String unit, Measure measure) {
        public boolean quantitative() {
            return measure != Measure.TEXT;
        }
    }

    private static final Map<Integer, Item> ITEMS = load();

    private IndicatorCatalogue() {
    }

    public static Item item(int number) {
        return ITEMS.get(number);
    }

    public static Collection<Item> items() {
        return ITEMS.values();
    }

    public static boolean isQuantitative(int number) {
        Item i = ITEMS.get(number);
        return i != null && i.quantitative();
    }

    /**
     * How many quantitative targets among {@code indicators} (one region, programme and year) were
     * met: indicators with a target and a value are counted, those with a target but no value are
     * listed as missing, and those without a target do not count.
     */
    public static Completion completion(Collection<Indicator> indicators) {
        int withTarget = 0;
        int met = 0;
        int valueMissing = 0;
        java.util.List<Integer> missing = new java.util.ArrayList<>();
        for (Indicator i : indicators) {
            if (!isQuantitative(i.number()) || i.target() == null) {
                continue;
            }
            if (i.value() == null) {
                valueMissing++;
                missing.add(i.number());
                continue;
            }
            withTarget++;
            if (i.value().compareTo(i.target()) >= 0) {
                met++;
            }
        }
        Collections.sort(missing);
        return new Completion(met, withTarget, missing);
    }

    /**
     * Targets met out of targets with a value; {@code missingValues} lists item numbers that have a
     * target but no value yet.
     */
    public record Completion(int met, int counted, java.util.List<Integer> missingValues) {
        /** met / counted, or null when nothing can be counted. */
        public Ratio share() {
            return counted == 0 ? null : Ratio.of(met, counted);
        }
    }

    private static Map<Integer, Item> load() {
        Map<Integer, Item> map = new TreeMap<>();
        for (String[] f : ShippedTable.rows("/io/github/countyrules/ningxia/ningxia-indicators.csv")) {
            int n = Integer.parseInt(f[0]);
            map.put(n, new Item(n, f[1], f[2], f[3], f[4], Measure.valueOf(f[5])));
        }
        return Collections.unmodifiableMap(map);
    }
}
