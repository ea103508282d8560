package io.github.countyrules.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.*;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The start-up figure: launches {@link StartupProbe} in fresh JVMs, alternately with the
 * precompiled modules and with the same modules compiled from DRL at start-up (copies of the
 * modules' resource folders, each with the module's descriptor as {@code module.yaml}), and
 * reports the median time from launching the JVM to the first decision, and their ratio.
 *
 * <p>{@code StartupComparison [RUNS [JVM-OPTION...]]}: RUNS per way (default 9); JVM options are
 * passed to every launch (for example {@code -XX:TieredStopAtLevel=1}).
 */
public final class StartupComparison {
    private StartupComparison() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        List<String> jvm = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        Path dir = Files.createTempDirectory("countyrules-drl-");
        List<String> folders = copyModules(dir);
        System.out.println("DRL folders: " + folders);
        List<String> precompiled = new ArrayList<>(List.of("precompiled"));
        List<String> drl = new ArrayList<>(List.of("drl"));
        drl.addAll(folders);
        // one launch of each first, unmeasured: the operating system's file cache
        launch(jvm, precompiled);
        launch(jvm, drl);
        List<long[]> pre = new ArrayList<>();
        List<long[]> fromDrl = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // interleaved, so a slow spell of the machine hits both ways alike
            pre.add(launch(jvm, precompiled));
            fromDrl.add(launch(jvm, drl));
            System.out.printf("run %d: precompiled %d ms (in-JVM %d), DRL %d ms (in-JVM %d)%n", i + 1,
                    pre.get(i)[0], pre.get(i)[1], fromDrl.get(i)[0], fromDrl.get(i)[1]);
        }
        long preMedian = median(pre, 0);
        long drlMedian = median(fromDrl, 0);
        System.out.printf("%nlaunch to first decision, median of %d: precompiled %d ms [min %d, max %d], "
                        + "DRL at start-up %d ms [min %d, max %d]%n", runs, preMedian, min(pre, 0), max(pre, 0),
                drlMedian, min(fromDrl, 0), max(fromDrl, 0));
        System.out.printf("JVM start (RuntimeMXBean) to first decision, median: precompiled %d ms, DRL %d ms%n",
                median(pre, 1), median(fromDrl, 1));
        System.out.printf("ratio precompiled / DRL: %.3f (target <= 0.35)%n", (double) preMedian / drlMedian);
    }

    /** Runs the probe in a new JVM; {wall ms from launch to its line, ms it measured itself}. */
    private static long[] launch(List<String> jvm, List<String> probeArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(StartupProbe.class.getName());
        cmd.addAll(probeArgs);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long wall = -1;
        long inside = -1;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                all.append(line).append('\n');
                if (line.startsWith("FIRST_DECISION ")) {
                    wall = (System.nanoTime() - t0) / 1_000_000;
                    inside = Long.parseLong(line.split(" ")[1]);
                }
            }
        }
        if (p.waitFor() != 0 || wall < 0) {
            throw new IllegalStateException("the probe failed: " + cmd + "\n" + all);
        }
        return new long[]{wall, inside};
    }

    /**
     * Copies each rule module's resource folder (DRL files and parameters.yaml) out of its jar into
     * {@code dir/NAME}, with the module's descriptor as module.yaml, so the folder replaces the
     * precompiled module of the same name.
     */
    static List<String> copyModules(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        Enumeration<URL> descriptors = StartupComparison.class.getClassLoader().getResources("META-INF/county-rules-module.yaml");
        while (descriptors.hasMoreElements()) {
            URL u = descriptors.nextElement();
            byte[] descriptor;
            try (InputStream in = u.openStream()) {
                descriptor = in.readAllBytes();
            }
            String text = new String(descriptor, StandardCharsets.UTF_8);
            String name = field(text, "name");
            String resources = field(text, "resources");
            Path target = dir.resolve(name);
            Files.createDirectories(target);
            Files.write(target.resolve("module.yaml"), descriptor);
            if (u.getProtocol().equals("jar")) {
                JarURLConnection c = (JarURLConnection) u.openConnection();
                try (JarFile jar = new JarFile(Paths.get(c.getJarFileURL().toURI()).toFile())) {
                    for (JarEntry e : Collections.list(jar.entries())) {
                        if (!e.isDirectory() && e.getName().startsWith(resources + "/")
                                && (e.getName().endsWith(".drl") || e.getName().endsWith(".yaml"))) {
                            Path to = target.resolve(e.getName().substring(resources.length() + 1));
                            Files.createDirectories(to.getParent());
                            try (InputStream in = jar.getInputStream(e)) {
                                Files.write(to, in.readAllBytes());
                            }
                        }
                    }
                } catch (java.net.URISyntaxException e) {
                    throw new IOException(e);
                }
            } else {
                // a module on the class path as a folder (a build's target/classes)
                Path root = Paths.get(URI(u)).getParent().getParent().resolve(resources);
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        String n = f.getFileName().toString();
                        if (n.endsWith(".drl") || n.endsWith(".yaml")) {
                            Path to = target.resolve(root.relativize(f).toString());
                            Files.createDirectories(to.getParent());
                            Files.copy(f, to);
                        }
                    }
                }
            }
            out.add(target.toString());
        }
        Collections.sort(out);
        return out;
    }

    private static java.net.URI URI(URL u) {
        try {
            return u.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static String field(String yaml, String key) {
        for (String line : yaml.split("\n")) {
            if (line.startsWith(key + ":")) {
                return line.substring(key.length() + 1).trim().replaceAll("^\"|\"$", "");
            }
        }
        throw new IllegalStateException("no " + key + " in module descriptor:\n" + yaml);
    }

    private static long median(List<long[]> xs, int i) {
        long[] v = xs.stream().mapToLong(x -> x[i]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static long min(List<long[]> xs, int i) {
        return xs.stream().mapToLong(x -> x[i]).min().orElse(-1);
    }

    private static long max(List<long[]> xs, int i) {
        return xs.stream().mapToLong(x -> x[i]).max().orElse(-1);
    }
}
