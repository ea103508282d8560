package io.github.countyrules.anhui;

import io.github.countyrules.core.model.Level;
import io.github.countyrules.core.model.Theme;

import java.util.Collection;

/** Words of the Anhui rules' messages, in Chinese and English. */
public final class AnhuiTerms {
    private AnhuiTerms() {
    }

    /** 建设主题 as the ministry's guideline names them. */
    public static String zh(Theme theme) {
        return switch (theme) {
            case INDUSTRY -> "科技支撑产业发展";
            case ECOLOGY -> "科技支撑生态文明";
            case LIVELIHOOD -> "科技支撑民生改善";
        };
    }

    public static String en(Theme theme) {
        return switch (theme) {
            case INDUSTRY -> "science and technology supporting industry";
            case ECOLOGY -> "science and technology supporting ecological progress";
            case LIVELIHOOD -> "science and technology supporting livelihoods";
        };
    }

    public static String zh(Level level) {
        return switch (level) {
            case PROVINCE -> "省级行政区";
            case CITY -> "地级市";
            case DISTRICT -> "市辖区";
            case COUNTY -> "县";
            case COUNTY_CITY -> "县级市";
            case TOWN -> "乡镇";
        };
    }

    public static String en(Level level) {
        return switch (level) {
            case PROVINCE -> "province";
            case CITY -> "prefecture-level city";
            case DISTRICT -> "city district";
            case COUNTY -> "county";
            case COUNTY_CITY -> "county-level city";
            case TOWN -> "town";
        };
    }

    /** "a、b、c", or "无" when empty. */
    public static String zhList(Collection<String> items) {
        return items.isEmpty() ? "无" : String.join("、", items);
    }

    /** "a, b, c", or "none" when empty. */
    public static String enList(Collection<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
