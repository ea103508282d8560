package io.github.countyrules.anhui;

import io.github.countyrules.core.model.Outcome;

/**
 * The outcomes the anhui module's rules produce besides core's generic ones ({@link Outcome#ELIGIBLE},
 * {@link Outcome#INELIGIBLE}, {@link Outcome#NOT_APPLICABLE}, {@link Outcome#UNDETERMINED}), as its
 * descriptor declares them.
 */
public final class AnhuiOutcome {
    /** QUOTA (AH-R1): ranked within the year's number of recommendations, 推荐至科技部. */
    public static final Outcome RECOMMENDED = Outcome.of("RECOMMENDED");
    /** QUOTA (AH-R1): ranked beyond it, 转入省级创新型县(市)择优布局; not a title. */
    public static final Outcome PROVINCIAL_POOL = Outcome.of("PROVINCIAL_POOL");
    /** QUOTA (AH-R1): equal review scores straddle the number of recommendations. */
    public static final Outcome TIE_AT_QUOTA = Outcome.of("TIE_AT_QUOTA");
    /** ALERT (AH-Q1): a city recommended more applications in a year than its limit. */
    public static final Outcome QUOTA_EXCEEDED = Outcome.of("QUOTA_EXCEEDED");

    private AnhuiOutcome() {
    }
}
