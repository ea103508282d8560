package io.github.countyrules.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code county-rules.*}: which rule modules to load, parameter overrides, external rule folders,
 * reload on change, and the decision log.
 */
@ConfigurationProperties(prefix = "county-rules")
public class CountyRulesProperties {
    /** Set to false to get no engine bean from the starter. */
    private boolean enabled = true;
    /** Rule modules to load ("national", "ningxia", "gansu"); empty: every module on the class path. */
    private List<String> modules = new ArrayList<>();
    /**
     * Parameter overrides for every evaluation, name to value written as in a facts file's
     * {@code parameters:} (a facts file's own override still wins), e.g.
     * {@code county-rules.parameters[ningxia.minimumGrade]=C}.
     */
    private Map<String, String> parameters = new LinkedHashMap<>();
    /** Folders of rule files (DRL and parameters.yaml) loaded instead of the shipped module of the same name. */
    private List<Path> rulesFolders = new ArrayList<>();
    private final Reload reload = new Reload();
    private final DecisionLog decisionLog = new DecisionLog();

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public List<String> getModules() { return modules; }
    public void setModules(List<String> modules) { this.modules = modules; }
    public Map<String, String> getParameters() { return parameters; }
    public void setParameters(Map<String, String> parameters) { this.parameters = parameters; }
    public List<Path> getRulesFolders() { return rulesFolders; }
    public void setRulesFolders(List<Path> rulesFolders) { this.rulesFolders = rulesFolders; }
    public Reload getReload() { return reload; }
    public DecisionLog getDecisionLog() { return decisionLog; }

    /** Reload of the rule folders when their files change. */
    public static class Reload {
        /** Watch the rule folders and reload when a file changes (only when there are rule folders). */
        private boolean watch = true;
        /** How long the folder must stay quiet after a change before the reload (an editor writes in bursts). */
        private Duration quietPeriod = Duration.ofMillis(500);

        public boolean isWatch() { return watch; }
        public void setWatch(boolean watch) { this.watch = watch; }
        public Duration getQuietPeriod() { return quietPeriod; }
        public void setQuietPeriod(Duration quietPeriod) { this.quietPeriod = quietPeriod; }
    }

    /** One structured SLF4J line per evaluation (logger {@code county-rules.decisions}). */
    public static class DecisionLog {
        /** Write the decision log. */
        private boolean enabled = false;

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }
}
