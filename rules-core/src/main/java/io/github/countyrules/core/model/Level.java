package io.github.countyrules.core.model;

/** Administrative level of a region (POLICY-SPEC §0, "Regions"). */
public enum Level {
    PROVINCE, CITY, DISTRICT, COUNTY, COUNTY_CITY, TOWN;

    /** County-level units: 市辖区, 县 (incl. 自治县, 旗) and 县级市. */
    public boolean isCountyLevel() {
        return this == DISTRICT || this == COUNTY || this == COUNTY_CITY;
    }
}
