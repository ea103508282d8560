// A bounded load and fault run of the decision service on loopback (docs/performance.md, docs/reliability.md).
//
//   java -cp "rules-cli/target/policy-rules.jar:rules-cli/target/lib/*" benchmarks/load/LoadRun.java \
//        http://127.0.0.1:8080 [seconds per cell, default 10] [soak seconds, default 60] [server pid for a GC before heap readings]
//
// The server must run with a rule folder and a reload token for the fault part, as load.sh starts it.
// Single-file Java program: no build step; the class path gives it the engine for the in-process column.
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.PolicyEngine;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

public class LoadRun {
    static final String ONE_COUNTY = """
            asOf: 2025-06-30
            monitoring:
              - {region: "640122", year: 2023, grade: B, score: 61.5, published: 2024-06-15}
              - {region: "640122", year: 2024, grade: B, score: 63.0, published: 2025-06-15}
            applications:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, year: 2025, submitted: 2025-03-10}
            """;

    static String base;
    static HttpClient http;
    static long pid;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int soak = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        pid = args.length > 3 ? Long.parseLong(args[3]) : -1;
        String token = System.getenv().getOrDefault("COUNTY_RULES_RELOAD_TOKEN", "");
        Path folder = System.getenv("LOAD_RULES_FOLDER") == null ? null : Path.of(System.getenv("LOAD_RULES_FOLDER"));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(java.util.concurrent.Executors.newCachedThreadPool()).build();
        String province = Files.readString(Path.of("examples/data/ningxia-2025.yaml"));
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("one county (640122)", ONE_COUNTY);
        bodies.put("whole province (Ningxia, 27 units)", province);

        System.out.printf("cores %d, %d s a cell after %d s warm-up%n", Runtime.getRuntime().availableProcessors(), seconds, Math.max(3, seconds / 2));
        PolicyEngine engine = PolicyEngine.builder().build();
        System.out.println("| request | clients | HTTP req/s | HTTP p50 ms | HTTP p99 ms | errors | in-process req/s | in-process p50 ms | in-process p99 ms | ratio |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (var e : bodies.entrySet()) {
            for (int clients : new int[]{1, 8, 32}) {
                String body = e.getValue();
                Result h = run(clients, seconds, () -> post(body));
                Result p = run(clients, seconds, () -> {
                    engine.evaluate(Facts.fromYaml(body)).toJson();
                    return 200;
                });
                System.out.printf("| %s | %d | %.0f | %.1f | %.1f | %d | %.0f | %.1f | %.1f | %.2f |%n", e.getKey(), clients,
                        h.rate, h.p50, h.p99, h.errors, p.rate, p.p50, p.p99, h.rate / p.rate);
            }
        }

        // heap: after warm-up (above) and after a soak at 8 clients
        long warm = heapAfterGc();
        Result s = run(8, soak, () -> post(province));
        long after = heapAfterGc();
        System.out.printf("%nsoak: %d s at 8 clients on the whole province, %d requests, %d errors; heap after GC: warm %d MB, after soak %d MB%n",
                soak, s.count, s.errors, warm >> 20, after >> 20);

        faults(province, token, folder);
    }

    record Result(double rate, double p50, double p99, int errors, long count) {
    }

    static Result run(int clients, int seconds, java.util.concurrent.Callable<Integer> call) throws Exception {
        long warmEnd = System.nanoTime() + Duration.ofSeconds(Math.max(3, seconds / 2)).toNanos();
        long end = warmEnd + Duration.ofSeconds(seconds).toNanos();
        List<long[]> lat = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        Thread[] ts = new Thread[clients];
        for (int i = 0; i < clients; i++) {
            long[] mine = new long[2_000_000];
            lat.add(mine);
            AtomicInteger n = new AtomicInteger();
            ts[i] = new Thread(() -> {
                int k = 0;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 > end) {
                        break;
                    }
                    int status;
                    try {
                        status = call.call();
                    } catch (Exception ex) {
                        status = -1;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= warmEnd && t1 <= end) {
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        if (k < mine.length - 1) {
                            mine[++k] = t1 - t0;
                        }
                    }
                }
                mine[0] = k;
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        int total = 0;
        for (long[] a : lat) {
            total += (int) a[0];
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] a : lat) {
            System.arraycopy(a, 1, all, at, (int) a[0]);
            at += (int) a[0];
        }
        Arrays.sort(all);
        double p50 = all.length == 0 ? 0 : all[(int) (all.length * 0.50)] / 1e6;
        double p99 = all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6;
        return new Result(total / (double) seconds, p50, p99, errors.get(), total);
    }

    static int post(String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/v1/evaluate")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static HttpResponse<String> send(String path, String type, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long heapAfterGc() throws Exception {
        if (pid > 0) {
            new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            Thread.sleep(500);
        }
        String m = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/jvm.memory.used?tag=area:heap")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var v = java.util.regex.Pattern.compile("\"value\":([0-9.E+]+)").matcher(m);
        return v.find() ? (long) Double.parseDouble(v.group(1)) : -1;
    }

    static String digest() throws Exception {
        String h = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/info")).build(), HttpResponse.BodyHandlers.ofString()).body();
        var v = java.util.regex.Pattern.compile("\"digest\":\"([^\"]+)\"").matcher(h);
        return v.find() ? v.group(1) : "?";
    }

    static void faults(String province, String token, Path folder) throws Exception {
        System.out.println("\nfaults:");
        // 1. a reload of broken rules during load
        if (folder != null && !token.isEmpty()) {
            Path drl;
            try (var s = Files.list(folder)) {
                drl = s.filter(p -> p.toString().endsWith(".drl")).findFirst().orElseThrow();
            }
            String good = Files.readString(drl);
            String before = digest();
            AtomicInteger ok = new AtomicInteger();
            Map<Integer, Integer> other = new ConcurrentHashMap<>();
            AtomicLong stop = new AtomicLong(Long.MAX_VALUE);
            Thread[] ts = new Thread[8];
            for (int i = 0; i < ts.length; i++) {
                ts[i] = new Thread(() -> {
                    while (System.nanoTime() < stop.get()) {
                        try {
                            int st = post(province);
                            if (st == 200) {
                                ok.incrementAndGet();
                            } else {
                                other.merge(st, 1, Integer::sum);
                            }
                        } catch (Exception ex) {
                            other.merge(-1, 1, Integer::sum);
                        }
                    }
                });
                ts[i].start();
            }
            Thread.sleep(2000);
            Files.writeString(drl, good + "\nrule \"BROKEN\" @id(\"BROKEN-1\") @clause(\"x\")\nwhen\n  $a : Application( nosuchfield == 1 )\nthen\nend\n");
            HttpResponse<String> r = send("/v1/reload", null, new byte[0], "Authorization", "Bearer " + token);
            String during = digest();
            Thread.sleep(2000);
            Files.writeString(drl, good);
            HttpResponse<String> r2 = send("/v1/reload", null, new byte[0], "Authorization", "Bearer " + token);
            Thread.sleep(1000);
            stop.set(System.nanoTime());
            for (Thread t : ts) {
                t.join();
            }
            System.out.printf("- broken reload under load (8 clients): reload answered %d (%s); digest before %s, after the broken reload %s (%s);"
                            + " good reload answered %d; %d requests 200, others %s%n",
                    r.statusCode(), firstError(r.body()), shortD(before), shortD(during), before.equals(during) ? "unchanged" : "CHANGED",
                    r2.statusCode(), ok.get(), other);
        } else {
            System.out.println("- broken reload: skipped (set LOAD_RULES_FOLDER and COUNTY_RULES_RELOAD_TOKEN, as load.sh does)");
        }
        // 2. oversized and malformed bodies
        byte[] big = new byte[9 * 1024 * 1024];
        Arrays.fill(big, (byte) '#');
        HttpResponse<String> o = send("/v1/evaluate", "application/yaml", big);
        HttpResponse<String> m = send("/v1/evaluate", "application/yaml", "asOf: [2025\n  - {".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> j = send("/v1/evaluate", "application/json", "{\"asOf\": ".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> bin = send("/v1/evaluate", "application/yaml", new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1});
        HttpResponse<String> mt = send("/v1/evaluate", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8));
        System.out.printf("- 9 MB body: %d %s; malformed YAML: %d; truncated JSON: %d; bytes that are not UTF-8: %d; application/xml: %d%n",
                o.statusCode(), o.headers().firstValue("Content-Type").orElse(""), m.statusCode(), j.statusCode(), bin.statusCode(), mt.statusCode());
        // 3. slow clients: 50 connections that send half a request and stop, while normal requests go on
        List<Socket> slow = new ArrayList<>();
        URI u = URI.create(base);
        for (int i = 0; i < 50; i++) {
            Socket s = new Socket(u.getHost(), u.getPort());
            OutputStream out = s.getOutputStream();
            out.write(("POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\nContent-Length: 5000\r\n\r\nasOf: 20")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            slow.add(s);
        }
        long t0 = System.nanoTime();
        int served = 0;
        for (int i = 0; i < 20; i++) {
            served += post(province) == 200 ? 1 : 0;
        }
        System.out.printf("- 50 slow clients holding half-sent requests: meanwhile %d of 20 normal requests 200 in %.1f s%n",
                served, (System.nanoTime() - t0) / 1e9);
        for (Socket s : slow) {
            s.close();
        }
        // 4. connections beyond the pool: 64 request threads + 100 accept queue; send 264 at once
        int n = 264;
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        CountDownLatch go = new CountDownLatch(1);
        Thread[] ts = new Thread[n];
        AtomicInteger retryAfter = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ts[i] = new Thread(() -> {
                int st;
                try {
                    go.await();
                    HttpResponse<String> r = send("/v1/evaluate", "application/yaml", province.getBytes(StandardCharsets.UTF_8));
                    st = r.statusCode();
                    if (st == 503 && r.headers().firstValue("Retry-After").isPresent()) {
                        retryAfter.incrementAndGet();
                    }
                } catch (Exception ex) {
                    st = -1;
                }
                synchronized (statuses) {
                    statuses.computeIfAbsent(st, k -> new AtomicInteger()).incrementAndGet();
                }
            });
            ts[i].start();
        }
        go.countDown();
        for (Thread t : ts) {
            t.join();
        }
        String health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString()).body();
        System.out.printf("- %d whole-province requests at once: statuses %s (503s with Retry-After: %d) in %.1f s; health afterwards %s%n",
                n, statuses, retryAfter.get(), (System.nanoTime() - start) / 1e9, health.startsWith("{\"status\":\"UP\"") ? "UP" : health);
    }

    static String shortD(String d) {
        return d.length() > 19 ? d.substring(0, 19) : d;
    }

    static String firstError(String body) {
        var v = java.util.regex.Pattern.compile("\"path\":\"([^\"]+)\"").matcher(body);
        return v.find() ? v.group(1) : body.length() > 80 ? body.substring(0, 80) : body;
    }
}
