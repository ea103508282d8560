package io.github.countyrules.server;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/** {@code county-rules.server.*}: the reload token and the limits of a request. */
@ConfigurationProperties(prefix = "county-rules.server")
public class ServerLimits {
    /** Bearer token that {@code POST /v1/reload} requires; empty: reload over HTTP is disabled. */
    private String reloadToken = "";
    /** Largest request body (413 beyond). */
    private DataSize maxBody = DataSize.ofMegabytes(8);
    /** Most facts in one request, counted over every list (413 beyond). */
    private int maxFacts = 50_000;
    /** Longest an evaluation may take (503 with Retry-After beyond). */
    private Duration evaluationTimeout = Duration.ofSeconds(20);
    /** Evaluations running at once; more wait in a queue of {@code queue} places, then get 503. */
    private int evaluators = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int queue = 200;
    /** The Retry-After a 503 carries, in seconds. */
    private int retryAfterSeconds = 5;

    public String getReloadToken() { return reloadToken; }
    public void setReloadToken(String reloadToken) { this.reloadToken = reloadToken == null ? "" : reloadToken; }
    public DataSize getMaxBody() { return maxBody; }
    public void setMaxBody(DataSize maxBody) { this.maxBody = maxBody; }
    public int getMaxFacts() { return maxFacts; }
    public void setMaxFacts(int maxFacts) { this.maxFacts = maxFacts; }
    public Duration getEvaluationTimeout() { return evaluationTimeout; }
    public void setEvaluationTimeout(Duration evaluationTimeout) { this.evaluationTimeout = evaluationTimeout; }
    public int getEvaluators() { return evaluators; }
    public void setEvaluators(int evaluators) { this.evaluators = evaluators; }
    public int getQueue() { return queue; }
    public void setQueue(int queue) { this.queue = queue; }
    public int getRetryAfterSeconds() { return retryAfterSeconds; }
    public void setRetryAfterSeconds(int retryAfterSeconds) { this.retryAfterSeconds = retryAfterSeconds; }
}
