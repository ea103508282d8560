package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Region;
import io.github.countyrules.core.model.TechTransaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * GS-T1 for the province: the technology transactions of its counties and county-level cities
 * summed for the base year and for one year, counted only when every unit has both values.
 *
 * @param units    how many units are summed over
 * @param base     the sum for the base year, or null when a unit lacks its value
 * @param value    the sum for the year, or null when a unit lacks its value
 * @param missing  the missing values, named "techTransactions.YEAR[CODE]", sorted by year then code
 * @param lacking  the units lacking a value, as "code name", sorted by code
 */
public record ProvinceTotal(int units, BigDecimal base, BigDecimal value, List<String> missing,
                            List<String> lacking) {

    public ProvinceTotal {
        missing = List.copyOf(missing);
        lacking = List.copyOf(lacking);
    }

    /**
     * @param units        the province's {@link Region}s to sum over
     * @param transactions {@link TechTransaction}s; those of other regions or years are ignored
     */
    public static ProvinceTotal of(Collection<?> units, Collection<?> transactions, int baseYear, int year) {
        Map<String, Region> byCode = new TreeMap<>();
        for (Object o : units) {
            Region r = (Region) o;
            byCode.put(r.code(), r);
        }
        Map<String, BigDecimal> atBase = new TreeMap<>();
        Map<String, BigDecimal> atYear = new TreeMap<>();
        for (Object o : transactions) {
            TechTransaction t = (TechTransaction) o;
            if (!byCode.containsKey(t.region())) {
                continue;
            }
            if (t.year() == baseYear) {
                atBase.put(t.region(), t.value());
            } else if (t.year() == year) {
                atYear.put(t.region(), t.value());
            }
        }
        List<String> missing = new ArrayList<>();
        TreeSet<String> lacking = new TreeSet<>();
        BigDecimal sumBase = BigDecimal.ZERO;
        BigDecimal sumYear = BigDecimal.ZERO;
        for (int y : new int[] {baseYear, year}) {
            Map<String, BigDecimal> values = y == baseYear ? atBase : atYear;
            for (Region r : byCode.values()) {
                BigDecimal v = values.get(r.code());
                if (v == null) {
                    missing.add("techTransactions." + y + "[" + r.code() + "]");
                    lacking.add(r.code() + " " + r.name());
                } else if (y == baseYear) {
                    sumBase = sumBase.add(v);
                } else {
                    sumYear = sumYear.add(v);
                }
            }
        }
        boolean complete = missing.isEmpty();
        return new ProvinceTotal(byCode.size(), complete ? sumBase : null, complete ? sumYear : null, missing,
                new ArrayList<>(lacking));
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The first units lacking a value, for a message that stays readable ("… and 60 more"). */
    public String lackingText(int shown) {
        if (lacking.size() <= shown) {
            return String.join("、", lacking);
        }
        return String.join("、", lacking.subList(0, shown)) + " … (+" + (lacking.size() - shown) + ")";
    }
}
