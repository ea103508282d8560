/**
 * The Ningxia module (宁夏《自治区创新发展市和自治区创新型县(区)建设工作指引》, 2023-07-05): the rule
 * files next to this package's resources, and the pure functions they call. Each helper turns facts
 * into a {@link io.github.countyrules.ningxia.Finding} (status, facts used, missing facts, messages
 * in Chinese and English) for one criterion of POLICY-SPEC §1; the rule that owns the criterion makes
 * it a reason. {@link io.github.countyrules.ningxia.ConstructionPeriod} is the one derived fact: the
 * construction years of a region selected or under construction.
 */
package io.github.countyrules.ningxia;
