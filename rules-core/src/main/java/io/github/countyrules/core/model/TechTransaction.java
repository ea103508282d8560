package io.github.countyrules.core.model;

import java.math.BigDecimal;

/** 技术合同成交额 of a region for a year, in 万元. */
public record TechTransaction(String region, int year, BigDecimal value, String source) {
}
