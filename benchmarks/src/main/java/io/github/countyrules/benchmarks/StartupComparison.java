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
 * <p>{@code StartupComparison [--cds] [RUNS [JVM-OPTION...]]}: RUNS per way (default 9); JVM options
 * are passed to every launch (for example {@code -XX:TieredStopAtLevel=1}). With {@code --cds} each
 * way first runs once to write an application class-data-sharing archive
 * ({@code -XX:ArchiveClassesAtExit}, as DROOLS-NOTES suggests making on the user's machine) and then
 * starts from it; class-path folders are packed into a jar first, since the archive takes jars only.
 * Where the JVM cannot write an archive for a way, that way runs without one and the output says so.
 */
public final class StartupComparison {
    private StartupComparison() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean cds = rest.remove("--cds");
        int runs = !rest.isEmpty() ? Integer.parseInt(rest.remove(0)) : 9;
        List<String> jvm = List.copyOf(rest);
        Path dir = Files.createTempDirectory("countyrules-drl-");
        List<String> folders = copyModules(dir);
        System.out.println("DRL folders: " + folders);
        List<String> precompiled = new ArrayList<>(List.of("precompiled"));
        List<String> drl = new ArrayList<>(List.of("drl"));
        drl.addAll(folders);
        String classPath = cds ? jarsOnly(System.getProperty("java.class.path"), dir) : System.getProperty("java.class.path");
        List<String> preJvm = cds ? archive(jvm, classPath, precompiled, dir.resolve("precompiled.jsa")) : jvm;
        List<String> drlJvm = cds ? archive(jvm, classPath, drl, dir.resolve("drl.jsa")) : jvm;
        // one launch of each first, unmeasured: the operating system's file cache
        launch(preJvm, classPath, precompiled);
        launch(drlJvm, classPath, drl);
        List<long[]> pre = new ArrayList<>();
        List<long[]> fromDrl = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // interleaved, so a slow spell of the machine hits both ways alike
            pre.add(launch(preJvm, classPath, precompiled));
            fromDrl.add(launch(drlJvm, classPath, drl));
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
        System.out.printf("ratio precompiled / DRL: %.3f (target <= 0.35)%s%n", (double) preMedian / drlMedian,
                cds ? " with class-data archives where the JVM could write them" : "");
    }

    /**
     * Writes a class-data-sharing archive for one way by running it once; the JVM options to start
     * from it, or {@code jvm} unchanged when the JVM could not write one.
     */
    private static List<String> archive(List<String> jvm, String classPath, List<String> probeArgs, Path jsa)
            throws IOException, InterruptedException {
        List<String> dump = new ArrayList<>(jvm);
        dump.add("-XX:ArchiveClassesAtExit=" + jsa);
        // a crash report, if any, goes next to the archive, not into the working folder
        dump.add("-XX:ErrorFile=" + jsa.resolveSibling("hs_err_%p.log"));
        try {
            launch(dump, classPath, probeArgs);
        } catch (IllegalStateException e) {
            // seen on JDK 17.0.15: a crash in SystemDictionaryShared while archiving the lambda
            // proxies of classes the DRL compiler generated at run time
            System.out.println("no class-data archive for " + probeArgs.get(0) + ": the JVM failed writing it ("
                    + e.getMessage().lines().filter(l -> l.contains("SIGSEGV") || l.contains("Problematic")).findFirst()
                    .orElse("see the probe's output") + "); this way runs without one");
            return jvm;
        }
        if (!Files.isRegularFile(jsa)) {
            System.out.println("no class-data archive for " + probeArgs.get(0) + "; this way runs without one");
            return jvm;
        }
        List<String> use = new ArrayList<>(jvm);
        use.add("-XX:SharedArchiveFile=" + jsa);
        System.out.println("class-data archive for " + probeArgs.get(0) + ": " + jsa + " (" + Files.size(jsa) / (1024 * 1024) + " MiB)");
        return use;
    }

    /** The class path with each folder packed into a jar of its own (an archive takes jars only). */
    private static String jarsOnly(String classPath, Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!Files.isDirectory(p)) {
                out.add(entry);
                continue;
            }
            Path jar = dir.resolve("classpath-" + (n++) + ".jar");
            try (var os = new java.util.jar.JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(p)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    os.putNextEntry(new JarEntry(p.relativize(f).toString().replace('\\', '/')));
                    os.write(Files.readAllBytes(f));
                    os.closeEntry();
                }
            }
            out.add(jar.toString());
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    /** Runs the probe in a new JVM; {wall ms from launch to its line, ms it measured itself}. */
    private static long[] launch(List<String> jvm, String classPath, List<String> probeArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(classPath);
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
