package io.github.countyrules.ningxia;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.model.AcceptanceResult;
import io.github.countyrules.core.model.AcceptanceStep;
import io.github.countyrules.core.model.AcceptanceStepKind;
import io.github.countyrules.core.model.Indicator;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.spi.FactsCheck;
import io.github.countyrules.core.spi.ModuleExtension;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Ningxia module's checks of facts that need code: indicator values against the 附件2
 * catalogue ({@link IndicatorCatalogue}), and the shape of Ningxia's evaluation acceptance (one
 * round, a published result PASS or FAIL).
 */
public final class NingxiaExtension implements ModuleExtension {
    static boolean ningxia(Program p) {
        return Ningxia.INNOVATIVE_COUNTY.equals(p) || Ningxia.INNOVATIVE_CITY.equals(p);
    }

    @Override
    public void validate(FactsCheck c) {
        Facts f = c.facts();
        for (int i = 0; i < f.indicators().size(); i++) {
            Indicator x = f.indicators().get(i);
            if (ningxia(x.program())) {
                indicator(c, "indicators[" + i + "]", x);
            }
        }
        for (int i = 0; i < f.acceptance().size(); i++) {
            AcceptanceStep a = f.acceptance().get(i);
            if (!ningxia(a.program())) {
                continue;
            }
            String p = "acceptance[" + i + "]";
            if (a.round() != 1) {
                c.error(p + ".round", a.round(), "宁夏评估验收只有第 1 轮", "Ningxia acceptance has round 1 only");
            }
            if (a.step() != AcceptanceStepKind.RESULT_PUBLISHED) {
                c.error(p + ".step", a.step(), "宁夏评估验收只记录 RESULT_PUBLISHED", "Ningxia acceptance records RESULT_PUBLISHED only");
            } else if (a.result() == AcceptanceResult.LOW_LEVEL) {
                c.error(p + ".result", a.result(), "宁夏评估验收结果应为 PASS | FAIL", "a Ningxia result is PASS | FAIL");
            }
        }
    }

    private static void indicator(FactsCheck c, String p, Indicator x) {
        IndicatorCatalogue.Item item = IndicatorCatalogue.item(x.number());
        if (item == null) {
            c.error(p + ".number", x.number(), "附件2没有此指标，应为 1-25", "no such indicator in 附件2; expected 1-25");
            return;
        }
        if (x.unit() != null && !x.unit().equals(item.unit())) {
            c.error(p + ".unit", x.unit(), "指标" + x.number() + "的单位应为 " + item.unit(),
                    "indicator " + x.number() + " is measured in " + item.unit());
        }
        if (!item.quantitative()) {
            if (x.value() != null || x.target() != null) {
                c.error(p + (x.value() != null ? ".value" : ".target"), x.value() != null ? x.value() : x.target(),
                        "指标" + x.number() + "为定性指标，只填 text", "indicator " + x.number() + " is qualitative: text only");
            }
            return;
        }
        if (x.text() != null) {
            c.error(p + ".text", x.text(), "指标" + x.number() + "为定量指标，填 value 和 target",
                    "indicator " + x.number() + " is quantitative: value and target, not text");
        }
        for (String f : List.of("value", "target")) {
            BigDecimal v = f.equals("value") ? x.value() : x.target();
            if (v == null) {
                continue;
            }
            switch (item.measure()) {
                case SHARE -> {
                    if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
                        c.error(p + "." + f, v.toPlainString(), "百分比应在 0-100 之间", "a percentage must lie in 0-100");
                    }
                }
                case GROWTH -> { }
                default -> {
                    if (v.signum() < 0) {
                        c.error(p + "." + f, v.toPlainString(), "不能为负数", "must not be negative");
                    }
                }
            }
        }
    }
}
