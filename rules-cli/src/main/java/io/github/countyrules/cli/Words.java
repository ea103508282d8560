package io.github.countyrules.cli;

import io.github.countyrules.core.api.Vocabulary;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.model.Status;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chinese names for the report's vocabulary. The English output keeps the UPPER_CASE words
 * themselves, which are what scenarios and JSON use; the Chinese output shows the policy's own term
 * only (the JSON report and {@code --lang en} carry the codes).
 */
final class Words {
    private Words() {
    }

    /** Titles and labels by word, learnt from the engines' vocabularies (the loaded modules declare them). */
    private static final Map<Program, String> PROGRAMS = new ConcurrentHashMap<>();
    private static final Map<Outcome, String> OUTCOMES = new ConcurrentHashMap<>();

    /** Takes the Chinese titles and labels of what {@code v}'s modules declare. */
    static void learn(Vocabulary v) {
        v.programs().forEach(p -> PROGRAMS.putIfAbsent(p.program(), p.titleZh()));
        v.otherPrograms().forEach(p -> PROGRAMS.putIfAbsent(p.program(), p.titleZh()));
        v.outcomes().forEach(o -> OUTCOMES.putIfAbsent(o.outcome(), o.labelZh()));
    }

    static String program(Program p, Lang lang) {
        if (p == null) {
            return lang.t("(不属于具体项目)", "(no programme)");
        }
        String zh = PROGRAMS.get(p);
        return zh == null ? p.name() : both(zh, p.name(), lang);
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
        String zh = OUTCOMES.get(o);
        return zh == null ? o.name() : both(zh, o.name(), lang);
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
