package io.github.countyrules.spring;

import io.github.countyrules.core.api.RuleSetInfo;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /actuator/info}: {@code county-rules} with the rule-set version, digest and modules. */
public class CountyRulesInfoContributor implements InfoContributor {
    private final CountyRulesService service;

    public CountyRulesInfoContributor(CountyRulesService service) {
        this.service = service;
    }

    @Override
    public void contribute(Info.Builder builder) {
        RuleSetInfo rs = service.engine().ruleSetInfo();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", rs.version());
        m.put("digest", rs.digest());
        m.put("modules", rs.modules());
        builder.withDetail("county-rules", m);
    }
}
