package io.github.countyrules.spring;

import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.RuleLoadException;
import io.github.countyrules.core.api.RuleProblem;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link PolicyEngine} and a {@link CountyRulesService} from {@code county-rules.*}; with
 * Actuator on the class path, a health indicator ({@code countyRules}) and an info contributor;
 * with Micrometer, meters; with {@code county-rules.decision-log.enabled=true}, the decision log;
 * with rule folders, reload on change unless {@code county-rules.reload.watch=false}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration"})
@ConditionalOnClass(PolicyEngine.class)
@ConditionalOnProperty(prefix = "county-rules", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CountyRulesProperties.class)
public class CountyRulesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public PolicyEngine policyEngine(CountyRulesProperties props) {
        PolicyEngine.Builder b = PolicyEngine.builder().classLoader(CountyRulesAutoConfiguration.class.getClassLoader());
        if (!props.getModules().isEmpty()) {
            b.modules(props.getModules());
        }
        props.getRulesFolders().forEach(b::rulesFrom);
        props.getParameters().forEach((k, v) -> b.parameter(k, ParameterValues.parse(v)));
        try {
            return b.build();
        } catch (RuleLoadException e) {
            // start-up fails with every problem named, not with the first stack frame
            throw new IllegalStateException("county-rules.rules-folders: " + e.problems().size()
                    + " problem(s) in the rule files / 规则文件有问题:\n"
                    + e.problems().stream().map(p -> p + "\n    " + p.zh()).collect(Collectors.joining("\n")), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("county-rules.modules / county-rules.parameters: " + e.getMessage(), e);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    public CountyRulesService countyRulesService(PolicyEngine engine, ObjectProvider<EvaluationListener> listeners) {
        return new CountyRulesService(engine, listeners.orderedStream().toList(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(prefix = "county-rules.decision-log", name = "enabled", havingValue = "true")
    public DecisionLogListener countyRulesDecisionLog() {
        return new DecisionLogListener(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(prefix = "county-rules.reload", name = "watch", havingValue = "true", matchIfMissing = true)
    @ConditionalOnProperty(prefix = "county-rules", name = "rules-folders[0]")
    public RuleFolderWatcher countyRulesFolderWatcher(CountyRulesService service, CountyRulesProperties props) {
        return new RuleFolderWatcher(service, props.getRulesFolders(), props.getReload().getQuietPeriod());
    }

    /** Meters, when Micrometer and a registry are there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Metrics {
        @Bean
        @ConditionalOnBean(MeterRegistry.class)
        MetricsListener countyRulesMetrics(MeterRegistry registry) {
            return new MetricsListener(registry);
        }
    }

    /** Health and info, when Actuator is there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class Actuator {
        @Bean
        @ConditionalOnMissingBean(name = "countyRulesHealthIndicator")
        CountyRulesHealthIndicator countyRulesHealthIndicator(CountyRulesService service) {
            return new CountyRulesHealthIndicator(service);
        }

        @Bean
        @ConditionalOnMissingBean(name = "countyRulesInfoContributor")
        CountyRulesInfoContributor countyRulesInfoContributor(CountyRulesService service) {
            return new CountyRulesInfoContributor(service);
        }
    }

    static String problems(List<RuleProblem> ps) {
        return ps.stream().map(RuleProblem::toString).collect(Collectors.joining("\n"));
    }
}
