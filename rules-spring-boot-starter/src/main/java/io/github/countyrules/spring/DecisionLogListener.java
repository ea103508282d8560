package io.github.countyrules.spring;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.TreeSet;

/**
 * The decision log: one line per evaluation on logger {@code county-rules.decisions}, as
 * {@code key=value} pairs: time, rule-set digest, input digest, as-of date, counts of facts,
 * decisions and input errors, the latency, and the region codes decided. No names, no scores,
 * no other personal data: the input digest lets an auditor match the line to the file kept elsewhere.
 */
public class DecisionLogListener implements EvaluationListener {
    /** The logger name, to route the lines to a file of their own. */
    public static final String LOGGER = "county-rules.decisions";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private final Clock clock;

    public DecisionLogListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void evaluated(Facts facts, String inputDigest, Report report, Duration took, Throwable failure) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.info(line(facts, inputDigest, report, took, failure));
    }

    String line(Facts facts, String inputDigest, Report report, Duration took, Throwable failure) {
        StringBuilder sb = new StringBuilder("evaluation");
        sb.append(" time=").append(clock.instant());
        sb.append(" result=").append(failure != null ? "failed" : report.hasErrors() ? "refused" : "evaluated");
        if (report != null) {
            sb.append(" ruleSet=").append(report.ruleSet().digest());
            sb.append(" modules=").append(String.join(",", report.ruleSet().modules()));
        }
        sb.append(" input=").append(inputDigest);
        sb.append(" asOf=").append(facts.asOf());
        sb.append(" regionsListed=").append(facts.regions().size());
        if (report != null) {
            sb.append(" decisions=").append(report.decisions().size());
            sb.append(" errors=").append(report.errors().size());
            TreeSet<String> regions = new TreeSet<>();
            for (Decision d : report.decisions()) {
                regions.add(d.region());
            }
            sb.append(" regionsDecided=").append(regions.size());
            // the codes of the regions decided, at most 50 (a whole province's run names its count only past that)
            sb.append(" regionCodes=").append(regions.size() <= 50 ? String.join(",", regions)
                    : String.join(",", regions.stream().limit(50).toList()) + ",+" + (regions.size() - 50));
        } else {
            sb.append(" failure=").append(failure.getClass().getSimpleName());
        }
        sb.append(" tookMs=").append(took.toMillis());
        return sb.toString();
    }
}
