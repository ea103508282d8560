package io.github.countyrules.core.model;

/** The steps of an acceptance, in the order they must happen (CN-ACCEPT). */
public enum AcceptanceStepKind {
    /** 报送总结. */
    SUMMARY_SUBMITTED,
    /** 视频答辩. */
    VIDEO_DEFENCE,
    /** 现场复核. */
    ONSITE_REVIEW,
    /** 结果认定与公布. */
    RESULT_PUBLISHED
}
