package io.github.countyrules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.countyrules.core.api.Facts;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reading a facts file: {@link Facts#fromYaml(String)} on the nationwide data set written as YAML
 * (one fact per line in flow style, as {@link FactsYaml} writes it) and as JSON (the same tree,
 * indented). One operation reads the whole set; facts/s = facts in the set / time per operation
 * (the setup prints the count). Parsing, the safety checks, reading the records and validating
 * them are all in it, as in {@code policy-rules evaluate}.
 *
 * <pre>mvn -o -f benchmarks/pom.xml compile exec:exec -Dexec.args="-cp %classpath org.openjdk.jmh.Main FactsReadingBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g", "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class FactsReadingBenchmark {
    /** yaml; json; jsonThroughYaml: the same JSON after a YAML comment line, so the YAML parser reads it (as all JSON was read before). */
    @Param({"yaml", "json", "jsonThroughYaml"})
    public String format;

    private String text;
    private int count;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        NationwideDataSet ds = NationwideDataSet.standard();
        String yaml = FactsYaml.toYaml(ds.facts());
        if (format.startsWith("json")) {
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            text = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            if (format.equals("jsonThroughYaml")) {
                text = "# read by the YAML parser\n" + text;
            }
        } else {
            text = yaml;
        }
        count = ds.size();
        Facts check = Facts.fromYaml(text);
        if (check.monitoring().size() != ds.facts().monitoring().size()) {
            throw new IllegalStateException("the " + format + " text does not read back to the data set");
        }
        System.out.printf("%n[data] %s: %,d facts, %,d bytes%n", format, count, text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Benchmark
    public void read(Blackhole bh) {
        bh.consume(Facts.fromYaml(text));
    }

    /** A quick figure without JMH: {@code java -cp … FactsReadingBenchmark [rounds]}. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        for (String f : new String[]{"yaml", "json", "jsonThroughYaml"}) {
            FactsReadingBenchmark b = new FactsReadingBenchmark();
            b.format = f;
            b.setUp();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                Facts.fromYaml(b.text);
                best = Math.min(best, System.nanoTime() - t);
            }
            System.out.printf("%s: best of %d %,d ms = %,.0f facts/s%n", f, rounds, best / 1_000_000,
                    b.count / (best / 1e9));
        }
    }
}
