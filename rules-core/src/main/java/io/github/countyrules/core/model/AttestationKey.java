package io.github.countyrules.core.model;

/** What a reviewing authority attests on a qualitative criterion. */
public enum AttestationKey {
    /** 党委政府把创新摆在核心位置. */
    PARTY_GOVT_PRIORITY,
    /** 出台实施创新驱动发展战略的政策. */
    POLICIES_ISSUED,
    /** 具有示范带动作用的典型经验. */
    TYPICAL_EXPERIENCE,
    /** 建设方案切实可行. */
    PLAN_FEASIBLE
}
