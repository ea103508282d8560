package io.github.countyrules.core.api;

import io.github.countyrules.core.model.Status;

import java.util.Locale;
import java.util.Optional;

/**
 * What a rule's finding means, which decides the words a reader sees for its status. A rule says
 * its role in metadata, {@code @role("trigger")}; without one it is a {@link #CRITERION}, except
 * that a finding about an alert reads as an {@link #ALERT} check (see {@link #of}).
 * <ul>
 * <li>{@code criterion}: a condition that must hold; MET is good news. 满足 / 不满足 / 无法判断.</li>
 * <li>{@code trigger}: something that happened (a ground for disqualification or revocation, a report
 *     that is overdue); MET means it happened. 触发 / 未触发 / 无法判断.</li>
 * <li>{@code alert}: a check that raises an alert; MET means the alert stands. 需提醒 / 无需提醒 / 无法判断.</li>
 * </ul>
 */
public enum RuleRole {
    CRITERION("满足", "不满足", "met", "not met"),
    TRIGGER("触发", "未触发", "triggered", "not triggered"),
    ALERT("需提醒", "无需提醒", "alert", "no alert");

    private final String metZh;
    private final String notMetZh;
    private final String metEn;
    private final String notMetEn;

    RuleRole(String metZh, String notMetZh, String metEn, String notMetEn) {
        this.metZh = metZh;
        this.notMetZh = notMetZh;
        this.metEn = metEn;
        this.notMetEn = notMetEn;
    }

    /** The word of the metadata value: "criterion", "trigger" or "alert". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a {@code @role} metadata value, case-insensitive; empty when absent or unknown. */
    public static Optional<RuleRole> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (RuleRole r : values()) {
            if (r.word().equalsIgnoreCase(value.trim())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The role a finding is read in: the rule's own {@code @role} when it has one, else ALERT for a
     * finding about an alert (kind ALERT), else CRITERION.
     */
    public static RuleRole of(RuleInfo rule, boolean aboutAnAlert) {
        if (rule != null && rule.declaresRole()) {
            return rule.role();
        }
        return aboutAnAlert ? ALERT : CRITERION;
    }

    /**
     * The role of each finding, given the loaded rules ({@link PolicyEngine#rules()}): a rule id
     * takes the {@code @role} any of its rules declares.
     */
    public static java.util.function.Function<io.github.countyrules.core.rules.Reason, RuleRole> lookup(java.util.List<RuleInfo> rules) {
        java.util.Map<String, RuleInfo> byId = new java.util.HashMap<>();
        for (RuleInfo r : rules) {
            if (r.id() != null && (r.declaresRole() || !byId.containsKey(r.id()))) {
                byId.putIfAbsent(r.id(), r);
                if (r.declaresRole() && !byId.get(r.id()).declaresRole()) {
                    byId.put(r.id(), r);
                }
            }
        }
        return reason -> of(byId.get(reason.rule()),
                reason.subject() != null && reason.subject().kind() == io.github.countyrules.core.model.Kind.ALERT);
    }

    /** The status in words of this role, in Chinese. */
    public String zh(Status s) {
        return switch (s) {
            case MET -> metZh;
            case NOT_MET -> notMetZh;
            case UNKNOWN -> "无法判断";
        };
    }

    /** The status in words of this role, in English. */
    public String en(Status s) {
        return switch (s) {
            case MET -> metEn;
            case NOT_MET -> notMetEn;
            case UNKNOWN -> "unknown";
        };
    }
}
