package io.github.countyrules.national;

import io.github.countyrules.core.model.AcceptanceResult;
import io.github.countyrules.core.model.AcceptanceStepKind;
import io.github.countyrules.core.model.DesignationStatus;
import io.github.countyrules.core.model.Level;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Theme;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Pure functions the national rules share: periods, the standing on record, and wording. */
public final class NationalTerms {
    private NationalTerms() {
    }

    /**
     * Last day of the construction period of a county designated on {@code since}: construction
     * years S…S+years-1, S being the year of {@code since} (the first batch, designated in 2018
     * with "建设周期为3年", built in 2018–2020).
     */
    public static LocalDate constructionEnd(LocalDate since, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("a construction period lasts at least one year: " + years);
        }
        return LocalDate.of(since.getYear() + years - 1, 12, 31);
    }

    /** The STATUS outcome of a standing on record when no acceptance step is; null when none fits. */
    public static Outcome standing(DesignationStatus status) {
        return STANDING.get(status);
    }

    /** True when {@code level} may be a candidate: 县 (incl. 自治县, 旗) or 县级市, not 市辖区. */
    public static boolean candidateLevel(Level level) {
        return level == Level.COUNTY || level == Level.COUNTY_CITY;
    }

    /** True when a limit is known and {@code count} is past it ("at most" includes the limit). */
    public static boolean exceeds(Integer limit, int count) {
        return limit != null && count > limit;
    }

    /** The region codes of the candidates, sorted, comma-separated. */
    public static String codes(Collection<?> candidates) {
        return String.join(", ", sorted(candidates, null));
    }

    /** The region codes of the candidates other than {@code self}, sorted, comma-separated. */
    public static String others(Collection<?> candidates, String self) {
        return String.join(", ", sorted(candidates, self));
    }

    private static List<String> sorted(Collection<?> candidates, String except) {
        return candidates.stream().filter(Candidate.class::isInstance).map(c -> ((Candidate) c).region())
                .filter(r -> !Objects.equals(r, except)).distinct().sorted().toList();
    }

    public static String zh(AcceptanceStepKind k) {
        return switch (k) {
            case SUMMARY_SUBMITTED -> "报送总结";
            case VIDEO_DEFENCE -> "视频答辩";
            case ONSITE_REVIEW -> "现场复核";
            case RESULT_PUBLISHED -> "结果认定与公布";
        };
    }

    public static String en(AcceptanceStepKind k) {
        return switch (k) {
            case SUMMARY_SUBMITTED -> "summary submitted";
            case VIDEO_DEFENCE -> "video defence";
            case ONSITE_REVIEW -> "on-site review";
            case RESULT_PUBLISHED -> "result determined and published";
        };
    }

    public static String zh(AcceptanceResult r) {
        return switch (r) {
            case PASS -> "验收通过";
            case LOW_LEVEL -> "建设水平较低";
            case FAIL -> "不通过";
        };
    }

    public static String en(AcceptanceResult r) {
        return switch (r) {
            case PASS -> "passed";
            case LOW_LEVEL -> "low level of construction";
            case FAIL -> "failed";
        };
    }

    public static String zh(Theme t) {
        return switch (t) {
            case INDUSTRY -> "科技支撑产业发展";
            case ECOLOGY -> "科技支撑生态文明";
            case LIVELIHOOD -> "科技支撑民生改善";
        };
    }

    public static String en(Theme t) {
        return switch (t) {
            case INDUSTRY -> "science and technology supporting industry";
            case ECOLOGY -> "science and technology supporting ecological civilisation";
            case LIVELIHOOD -> "science and technology improving livelihoods";
        };
    }

    public static String zh(DesignationStatus s) {
        return STATUS_ZH.getOrDefault(s, s.name());
    }

    private static final java.util.Map<DesignationStatus, Outcome> STANDING = java.util.Map.of(
            NationalStatus.UNDER_CONSTRUCTION, NationalOutcome.UNDER_CONSTRUCTION,
            NationalStatus.RECTIFICATION, NationalOutcome.RECTIFICATION,
            NationalStatus.PASSED, NationalOutcome.PASSED,
            NationalStatus.CANCELLED, NationalOutcome.CANCELLED);

    private static final java.util.Map<DesignationStatus, String> STATUS_ZH = java.util.Map.of(
            NationalStatus.APPLIED, "已申报", NationalStatus.SELECTED, "已入选", NationalStatus.UNDER_CONSTRUCTION, "建设中",
            NationalStatus.RECTIFICATION, "整改中", NationalStatus.PASSED, "验收通过", NationalStatus.CANCELLED, "取消建设资格");

    public static String zh(Level l) {
        return switch (l) {
            case PROVINCE -> "省级";
            case CITY -> "地级市(州)";
            case DISTRICT -> "市辖区";
            case COUNTY -> "县";
            case COUNTY_CITY -> "县级市";
            case TOWN -> "乡镇";
        };
    }
}
