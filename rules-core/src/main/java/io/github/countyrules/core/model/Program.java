package io.github.countyrules.core.model;

/** The programmes a designation, application or other programme fact belongs to. */
public enum Program {
    /** 国家创新型县(市). */
    NATIONAL_INNOVATIVE_COUNTY(null),
    /** 自治区创新型县(区). */
    NINGXIA_INNOVATIVE_COUNTY("64"),
    /** 自治区创新发展市. */
    NINGXIA_INNOVATIVE_CITY("64"),
    /** 甘肃 创新型县(市). */
    GANSU_INNOVATIVE_COUNTY("62"),
    /** 甘肃 创新型乡镇. */
    GANSU_INNOVATIVE_TOWN("62"),
    /** 甘肃 科技园区. */
    GANSU_TECH_PARK("62");

    private final String province;

    Program(String province) {
        this.province = province;
    }

    /** Two-digit province prefix the programme is limited to, or null for national programmes. */
    public String province() {
        return province;
    }

    /** True when a region with this code may take part in the programme. */
    public boolean admits(String regionCode) {
        return province == null || (regionCode != null && regionCode.startsWith(province));
    }
}
