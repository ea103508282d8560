package io.github.countyrules.gansu;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.spi.FactsCheck;
import io.github.countyrules.core.spi.ModuleExtension;

/** The Gansu module's checks: GS-PLAN has neither 附件2 indicators nor an acceptance procedure for its programmes. */
public final class GansuExtension implements ModuleExtension {
    static boolean gansu(Program p) {
        return Gansu.INNOVATIVE_COUNTY.equals(p) || Gansu.INNOVATIVE_TOWN.equals(p) || Gansu.TECH_PARK.equals(p);
    }

    @Override
    public void validate(FactsCheck c) {
        Facts f = c.facts();
        for (int i = 0; i < f.indicators().size(); i++) {
            if (gansu(f.indicators().get(i).program())) {
                c.error("indicators[" + i + "].program", f.indicators().get(i).program(),
                        "附件2指标不属于甘肃项目", "附件2 indicators do not belong to the Gansu programmes");
            }
        }
        for (int i = 0; i < f.acceptance().size(); i++) {
            if (gansu(f.acceptance().get(i).program())) {
                c.error("acceptance[" + i + "].program", f.acceptance().get(i).program(),
                        "甘肃项目没有验收程序(只有国家和宁夏项目有验收)", "the Gansu programmes have no acceptance procedure");
            }
        }
    }
}
