package io.github.countyrules.core.model;

/** Tags a region may carry; any other word is an input error. */
public enum Tag {
    /** 国家乡村振兴重点帮扶县. */
    KEY_ASSISTED_COUNTY,
    /** 贫困县. */
    POVERTY_COUNTY
}
