package io.github.countyrules.benchmarks;

import java.nio.file.Path;

/**
 * Writes the benchmark data set as a facts file for command-line runs:
 * {@code WriteDataSet OUT.yaml [SCALE [SEED]]}. Prints the number of facts of each kind.
 */
public final class WriteDataSet {
    private WriteDataSet() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: WriteDataSet OUT.yaml [SCALE [SEED]]");
            System.exit(2);
        }
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : NationwideDataSet.DEFAULT_SEED;
        NationwideDataSet ds = NationwideDataSet.generate(seed, scale);
        FactsYaml.write(ds.facts(), Path.of(args[0]));
        ds.counts().forEach((k, v) -> System.out.printf("%-20s %,d%n", k, v));
        System.out.printf("%-20s %,d%nwritten to %s%n", "facts", ds.size(), args[0]);
    }
}
