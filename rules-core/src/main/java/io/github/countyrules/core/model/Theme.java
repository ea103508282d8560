package io.github.countyrules.core.model;

/** Theme of a national innovative county. */
public enum Theme {
    /** 科技支撑产业发展. */
    INDUSTRY,
    /** 科技支撑生态文明. */
    ECOLOGY,
    /** 科技支撑民生改善. */
    LIVELIHOOD
}
