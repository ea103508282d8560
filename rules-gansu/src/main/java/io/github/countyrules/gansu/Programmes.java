package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Level;
import io.github.countyrules.core.model.Program;

/** What GS-PLAN 二(一) says about who may take part in each Gansu programme. */
public final class Programmes {
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
        return switch (program) {
            case GANSU_INNOVATIVE_COUNTY, GANSU_TECH_PARK -> level.isCountyLevel();
            case GANSU_INNOVATIVE_TOWN -> level == Level.TOWN;
            default -> false;
        };
    }

    /**
     * Whether a region code lies in Gansu (POLICY-SPEC §0: Gansu rules apply to codes starting
     * with the province prefix of the Gansu programmes, 62).
     */
    public static boolean inGansu(String code) {
        return Program.GANSU_INNOVATIVE_COUNTY.admits(code);
    }

    /** The plan awards a title (称号) for counties and towns only, none for parks. */
    public static boolean awardsTitle(Program program) {
        return program == Program.GANSU_INNOVATIVE_COUNTY || program == Program.GANSU_INNOVATIVE_TOWN;
    }

    /** The programme's name in Chinese, for messages. */
    public static String zh(Program program) {
        return switch (program) {
            case GANSU_INNOVATIVE_COUNTY -> "创新型县(市)";
            case GANSU_INNOVATIVE_TOWN -> "创新型乡镇";
            case GANSU_TECH_PARK -> "科技园区";
            default -> program.name();
        };
    }

    /** The programme's name in English, for messages. */
    public static String en(Program program) {
        return switch (program) {
            case GANSU_INNOVATIVE_COUNTY -> "innovative county";
            case GANSU_INNOVATIVE_TOWN -> "innovative town";
            case GANSU_TECH_PARK -> "technology park";
            default -> program.name();
        };
    }
}
