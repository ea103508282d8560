package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Level;
import io.github.countyrules.core.model.Program;

/** What GS-PLAN 二(一) says about who may take part in each Gansu programme. */
public final class Programmes {
    /** The province prefix of the Gansu programmes (the descriptor's {@code province}). */
    static final String PROVINCE = "62";

    private Programmes() {
    }

    /**
     * Whether a region of {@code level} may be a candidate: county-level units (县、县级市 and, as
     * the provincial pilot 创新型县(市、区) shows, 市辖区) for the county programme and for parks,
     * which are built in county-level units ("每个县(市)建设一个科技园区"); towns (乡镇) for the town
     * programme.
     */
    public static boolean admits(Program program, Level level) {
        if (level == null) {
            return false;
        }
        if (Gansu.INNOVATIVE_COUNTY.equals(program) || Gansu.TECH_PARK.equals(program)) {
            return level.isCountyLevel();
        }
        return Gansu.INNOVATIVE_TOWN.equals(program) && level == Level.TOWN;
    }

    /**
     * Whether a region code lies in Gansu (POLICY-SPEC §0: Gansu rules apply to codes starting
     * with the province prefix of the Gansu programmes, 62).
     */
    public static boolean inGansu(String code) {
        return code != null && code.startsWith(PROVINCE);
    }

    /** The plan awards a title (称号) for counties and towns only, none for parks. */
    public static boolean awardsTitle(Program program) {
        return Gansu.INNOVATIVE_COUNTY.equals(program) || Gansu.INNOVATIVE_TOWN.equals(program);
    }

    /** The programme's name in Chinese, for messages. */
    public static String zh(Program program) {
        return Gansu.INNOVATIVE_COUNTY.equals(program) ? "创新型县(市)" : Gansu.INNOVATIVE_TOWN.equals(program) ? "创新型乡镇"
                : Gansu.TECH_PARK.equals(program) ? "科技园区" : program.name();
    }

    /** The programme's name in English, for messages. */
    public static String en(Program program) {
        return Gansu.INNOVATIVE_COUNTY.equals(program) ? "innovative county" : Gansu.INNOVATIVE_TOWN.equals(program) ? "innovative town"
                : Gansu.TECH_PARK.equals(program) ? "technology park" : program.name();
    }
}
