package io.github.countyrules.cli;

import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.model.Status;

/**
 * Chinese names for the report's vocabulary. The English output keeps the UPPER_CASE words
 * themselves, which are what scenarios and JSON use; the Chinese output shows the policy's own term
 * only (the JSON report and {@code --lang en} carry the codes).
 */
final class Words {
    private Words() {
    }

    static String program(Program p, Lang lang) {
        if (p == null) {
            return lang.t("(不属于具体项目)", "(no programme)");
        }
        String zh = switch (p) {
            case NATIONAL_INNOVATIVE_COUNTY -> "国家创新型县(市)";
            case NINGXIA_INNOVATIVE_COUNTY -> "自治区创新型县(区)";
            case NINGXIA_INNOVATIVE_CITY -> "自治区创新发展市";
            case GANSU_INNOVATIVE_COUNTY -> "甘肃省创新型县(市)";
            case GANSU_INNOVATIVE_TOWN -> "甘肃省创新型乡镇";
            case GANSU_TECH_PARK -> "甘肃省科技园区";
        };
        return both(zh, p.name(), lang);
    }

    static String kind(Kind k, Lang lang) {
        String zh = switch (k) {
            case ELIGIBILITY -> "申报资格";
            case STATUS -> "建设状态";
            case QUOTA -> "名额";
            case FUNDING -> "资金支持";
            case TARGET -> "目标";
            case ALERT -> "提醒";
        };
        return both(zh, k.name(), lang);
    }

    static String outcome(Outcome o, Lang lang) {
        String zh = switch (o) {
            case ELIGIBLE -> "符合条件";
            case INELIGIBLE -> "不符合条件";
            case NOT_APPLICABLE -> "不适用";
            case UNDETERMINED -> "无法确定";
            case PASSED -> "通过验收";
            case RECTIFICATION -> "责令整改";
            case CANCELLED -> "取消建设资格";
            case IN_PROGRESS -> "验收进行中";
            case UNDER_CONSTRUCTION -> "建设中";
            case APPROVED -> "通过评估验收";
            case NOT_APPROVED -> "未通过评估验收";
            case DISQUALIFIED -> "取消建设资格";
            case TITLE_REVOKED -> "取消称号";
            case AWARDED -> "授予称号";
            case AWAITING_CONSENT -> "待省政府同意";
            case SELECTED -> "入选";
            case WAITLISTED -> "候补";
            case TIE_AT_QUOTA -> "名额线上同分并列";
            case SUBSIDY_ELIGIBLE -> "可获后补助";
            case BELOW_TARGET -> "低于目标";
            case ON_TARGET -> "达到目标";
            case ABOVE_TARGET -> "高于目标";
            case TARGET_NOT_MET -> "目标未完成";
            case REPORT_OVERDUE -> "年度进展报告逾期";
            case NOTICE_TOO_SHORT -> "公示期不足";
            case ACCEPTANCE_DUE -> "应开展验收";
            case WORK_PLAN_MISSING -> "缺少三年工作方案";
            case EVALUATION_DUE -> "应开展评估";
            case COVERAGE_GAP -> "未实现一县一团";
            case OBLIGATION_OUTSTANDING -> "任务尚未完成";
            case QUOTA_EXCEEDED -> "超出推荐名额";
            case QUOTA_TOLERANCE_USED -> "使用了名额浮动";
        };
        return both(zh, o.name(), lang);
    }

    static String status(Status s, Lang lang) {
        String zh = switch (s) {
            case MET -> "满足";
            case NOT_MET -> "不满足";
            case UNKNOWN -> "无法判断";
        };
        return both(zh, s.name(), lang);
    }

    /** A reason's status in the words of its rule's role (a trigger "未触发", not "不满足"). */
    static String status(io.github.countyrules.core.api.RuleRole role, Status s, Lang lang) {
        return lang == Lang.zh ? role.zh(s) : s.name() + (role == io.github.countyrules.core.api.RuleRole.CRITERION ? "" : " (" + role.en(s) + ")");
    }

    private static String both(String zh, String word, Lang lang) {
        // Chinese text shows the policy's own term only: a code beside it reads as a second, foreign answer
        return lang == Lang.zh ? zh : word;
    }
}
