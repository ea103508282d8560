package io.github.countyrules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the JMH result files of one run ({@code -rf json}) from a folder and prints the figures of
 * docs/performance.md with their ratios: batch time and allocation per county-level unit, scaling,
 * Ningxia throughput three ways, and single-request percentiles. {@code FiguresReport DIR}.
 */
public final class FiguresReport {
    private FiguresReport() {
    }

    record Result(String benchmark, Map<String, String> params, double score, double error, String unit,
                  JsonNode percentiles, double allocPerOp) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/figures");
        List<Result> results = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode n : new ObjectMapper().readTree(f.toFile())) {
                    Map<String, String> params = new TreeMap<>();
                    n.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
                    JsonNode pm = n.path("primaryMetric");
                    JsonNode sec = n.path("secondaryMetrics");
                    // JMH 1.36 and later name it without the leading "·"
                    JsonNode alloc = sec.has("gc.alloc.rate.norm") ? sec.path("gc.alloc.rate.norm") : sec.path("·gc.alloc.rate.norm");
                    String name = n.path("benchmark").asText();
                    // a file named *-one-thread.json holds a run with -Dcountyrules.parallelism=1
                    String suffix = f.getFileName().toString().endsWith("-one-thread.json") ? "OneThread" : "";
                    results.add(new Result(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1) + suffix, params,
                            pm.path("score").asDouble(), pm.path("scoreError").asDouble(), pm.path("scoreUnit").asText(),
                            pm.path("scorePercentiles"), alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble()));
                }
            }
        }
        System.out.println("| benchmark | params | score | ± error (99.9 %) | unit | alloc B/op |");
        System.out.println("|---|---|---:|---:|---|---:|");
        for (Result r : results) {
            System.out.printf("| %s | %s | %.3f | %.3f | %s | %s |%n", r.benchmark, r.params, r.score, r.error, r.unit,
                    Double.isNaN(r.allocPerOp) ? "" : String.format("%,.0f", r.allocPerOp));
        }
        System.out.println();
        for (Result r : results) {
            String scale = r.params.getOrDefault("scale", "1");
            if (r.benchmark.equals("BatchBenchmark.nationwide")) {
                int units = NationwideDataSet.COUNTY_LEVEL_UNITS * Integer.parseInt(scale);
                System.out.printf("batch x%s: %.1f ms ± %.1f for %,d county-level units: %.1f µs per unit%s%n", scale, r.score,
                        r.error, units, r.score * 1000 / units, Double.isNaN(r.allocPerOp) ? ""
                                : String.format(", %,.0f bytes allocated per unit", r.allocPerOp / units));
            }
            if (r.benchmark.equals("BatchBenchmark.nationwideUnusedTypesLeftOut")) {
                System.out.printf("  experiment x%s, facts no rule reads left out (same report): %.1f ms ± %.1f%s%n", scale, r.score,
                        r.error, Double.isNaN(r.allocPerOp) ? "" : String.format(", %,.0f bytes allocated per unit",
                                r.allocPerOp / (NationwideDataSet.COUNTY_LEVEL_UNITS * Integer.parseInt(scale))));
            }
            if (r.benchmark.startsWith("SingleRequestBenchmark.oneCounty")) {
                System.out.printf("%s %s: p50 %.0f µs, p90 %.0f µs, p99 %.0f µs, p99.9 %.0f µs (mean %.0f ± %.0f)%n",
                        r.benchmark.endsWith("OwnProvinceOnly") ? "  experiment, own province's modules only," : "single request",
                        r.params.get("region"), r.percentiles.path("50.0").asDouble(), r.percentiles.path("90.0").asDouble(),
                        r.percentiles.path("99.0").asDouble(), r.percentiles.path("99.9").asDouble(), r.score, r.error);
            }
        }
        Map<String, Map<String, Result>> ningxia = new TreeMap<>();
        for (Result r : results) {
            if (r.benchmark.startsWith("NingxiaBenchmark.")) {
                ningxia.computeIfAbsent(r.params.getOrDefault("scale", "1"), k -> new TreeMap<>())
                        .put(r.benchmark.substring("NingxiaBenchmark.".length()), r);
            }
        }
        for (Map.Entry<String, Map<String, Result>> e : ningxia.entrySet()) {
            int regions = NationwideDataSet.generate(NationwideDataSet.DEFAULT_SEED, Integer.parseInt(e.getKey()))
                    .decidedRegions("64").size();
            Result engine = e.getValue().get("engineBatch");
            Result sessions = e.getValue().get("sessionPerRegion");
            Result plain = e.getValue().get("plainJava");
            System.out.printf("Ningxia x%s, %d regions: engine %,.0f regions/s, session per region %,.0f regions/s, plain Java %,.0f regions/s%n",
                    e.getKey(), regions, perSecond(regions, engine), perSecond(regions, sessions), perSecond(regions, plain));
            if (engine != null && sessions != null && plain != null) {
                System.out.printf("  engine / session per region = %.2fx (target >= 3); engine / plain Java = 1/%.0f (target >= 1/100)%n",
                        sessions.score / engine.score, engine.score / plain.score);
                Result oneThread = e.getValue().get("engineBatchOneThread");
                if (oneThread != null) {
                    System.out.printf("  engine on one thread (-Dcountyrules.parallelism=1): %,.0f regions/s = %.2fx session per region;"
                                    + " so batching gives %.2fx and the prefectures in parallel %.2fx%n", perSecond(regions, oneThread),
                            sessions.score / oneThread.score, sessions.score / oneThread.score, oneThread.score / engine.score);
                }
                Result bare = e.getValue().get("sessionPerRegionWithoutRules");
                if (bare != null) {
                    double rules = sessions.score - bare.score;
                    System.out.printf("  experiment, the same sessions without rules: %.0f µs ± %.0f = set-up, %.0f %% of session per region;"
                                    + " the rest, %.0f µs, is rule work (a city's session re-decides its units, so it exceeds one batch's)%n",
                            bare.score, bare.error, 100 * bare.score / sessions.score, rules);
                }
                if (!Double.isNaN(engine.allocPerOp)) {
                    System.out.printf("  allocation per region: engine %,.0f B, session per region %,.0f B, plain Java %,.0f B%n",
                            engine.allocPerOp / regions, sessions.allocPerOp / regions, plain.allocPerOp / regions);
                }
            }
        }
    }

    private static double perSecond(int regions, Result r) {
        if (r == null) {
            return Double.NaN;
        }
        double seconds = switch (r.unit) {
            case "us/op" -> r.score / 1e6;
            case "ms/op" -> r.score / 1e3;
            default -> throw new IllegalStateException("unit " + r.unit);
        };
        return regions / seconds;
    }
}
