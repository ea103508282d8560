package io.github.countyrules.spring;

import io.github.countyrules.core.api.RuleProblem;
import io.github.countyrules.core.api.RuleSetInfo;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Health {@code countyRules}: UP while a rule set is loaded, with its digest, version and modules,
 * and the last reload (when, what asked, whether it switched, its problems as file:line:column).
 * A failed reload leaves the status UP — the previous rules keep serving — and shows its problems.
 */
public class CountyRulesHealthIndicator extends AbstractHealthIndicator {
    private final CountyRulesService service;

    public CountyRulesHealthIndicator(CountyRulesService service) {
        super("county rules health check failed");
        this.service = service;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        RuleSetInfo rs = service.engine().ruleSetInfo();
        builder.up()
                .withDetail("loaded", true)
                .withDetail("digest", rs.digest())
                .withDetail("version", rs.version())
                .withDetail("modules", rs.modules());
        CountyRulesService.LastReload last = service.lastReload();
        if (last != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("at", last.at().toString());
            r.put("trigger", last.trigger());
            r.put("switched", last.switched());
            r.put("problems", last.problems().stream().map(RuleProblem::toString).toList());
            builder.withDetail("lastReload", r);
        }
    }
}
