package io.github.countyrules.anhui;

import io.github.countyrules.core.model.Program;

/**
 * The programme of the anhui module (安徽省国家和省级创新型县(市)建设申报) as a typed constant for Java
 * callers and this module's DRL; the word is the one its descriptor
 * ({@code META-INF/county-rules-module.yaml}) declares. Outcomes are in {@link AnhuiOutcome}.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.builder().modules(Anhui.MODULE).build();
 * report.decisions().stream().filter(d -> Anhui.INNOVATIVE_COUNTY.equals(d.program()))...
 * }</pre>
 */
public final class Anhui {
    /** The module's name, as {@code PolicyEngine.builder().modules(...)} takes it. */
    public static final String MODULE = "anhui";

    /** 安徽省国家和省级创新型县(市)申报: one application route to the ministry or the provincial selection. */
    public static final Program INNOVATIVE_COUNTY = Program.of("ANHUI_INNOVATIVE_COUNTY");

    /** The province prefix of the region codes the programme admits (the descriptor's {@code province}). */
    static final String PROVINCE = "34";

    private Anhui() {
    }
}
