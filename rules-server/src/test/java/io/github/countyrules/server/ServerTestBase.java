package io.github.countyrules.server;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One server for every test class (the same configuration, so Spring's test context cache starts it
 * once): a random port on loopback, a reload token, and beside the shipped modules a small rule
 * folder "demo" whose only rule matches no real facts, for the reload tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = RulesServer.class, properties = {
        "server.address=127.0.0.1",
        "county-rules.server.reload-token=test-token",
        "county-rules.server.max-body=512KB",
        "county-rules.server.max-facts=5000",
        "county-rules.reload.watch=false",
        "county-rules.decision-log.enabled=true",
        "logging.level.county-rules.decisions=WARN",
        "logging.level.io.github.countyrules=WARN"})
abstract class ServerTestBase {
    static final Path DEMO;
    static final String TOKEN = "test-token";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static {
        try {
            DEMO = Files.createTempDirectory("county-rules-demo").resolve("demo");
            Files.createDirectories(DEMO);
            Files.writeString(DEMO.resolve("demo.drl"), demoDrl("1900"), StandardCharsets.UTF_8);
            Files.writeString(DEMO.resolve("parameters.yaml"), """
                    demo.cutoff:
                      type: integer
                      clause: DEMO 1
                      zh: 演示用
                      en: for the demonstration
                      values:
                        - {value: 1}
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule that fires only on an application of the given year (none in the examples). */
    static String demoDrl(String year) {
        return """
                package io.github.countyrules.demo;
                import io.github.countyrules.core.model.*;
                import io.github.countyrules.core.rules.*;
                global Context ctx;

                rule "DEMO-1 演示" @id("DEMO-1") @clause("DEMO 1")
                when
                  $a : Application( year == %s )
                then
                  Subject s = Subject.of($a.region(), $a.program(), Kind.ELIGIBILITY, $a.year());
                  insertLogical(s);
                end
                """.formatted(year);
    }

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry r) {
        r.add("county-rules.rules-folders[0]", DEMO::toString);
    }

    @LocalServerPort
    int port;

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String example(String name) throws IOException {
        return Files.readString(Path.of("..", "examples", "data", name), StandardCharsets.UTF_8);
    }
}
