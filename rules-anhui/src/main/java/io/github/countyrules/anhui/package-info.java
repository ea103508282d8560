/**
 * The Anhui rules (安徽省科学技术厅《关于开展国家和省级创新型县(市)建设申报工作的通知》, 2018-08-31): the
 * module's typed constants for Java callers ({@link io.github.countyrules.anhui.Anhui},
 * {@link io.github.countyrules.anhui.AnhuiOutcome}), the derived facts its rules pass between them
 * ({@link io.github.countyrules.anhui.Call}, {@link io.github.countyrules.anhui.CityLead},
 * {@link io.github.countyrules.anhui.CityRecommendation}, {@link io.github.countyrules.anhui.Eligible},
 * {@link io.github.countyrules.anhui.Entrant}, {@link io.github.countyrules.anhui.Round},
 * {@link io.github.countyrules.anhui.Recommendation}, {@link io.github.countyrules.anhui.Unranked}) and
 * pure functions for what one pattern cannot say: leading the city with scores missing
 * ({@link io.github.countyrules.anhui.CityLead#judge}) and ranking a year's eligible applications at once
 * ({@link io.github.countyrules.anhui.Ranking}).
 *
 * <p>Nothing here has state or side effects, so the rules stay independent of the order facts arrive in.
 */
package io.github.countyrules.anhui;
