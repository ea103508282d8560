package io.github.countyrules.spring;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.ParameterInfo;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The auto-configuration without a web server: properties in, an engine and its instruments out. */
class CountyRulesAutoConfigurationTest {
    static final String FACTS = """
            asOf: 2025-06-30
            monitoring:
              - {region: "640122", year: 2023, grade: B, score: 61.5, published: 2024-06-15}
              - {region: "640122", year: 2024, grade: C, score: 63.0, published: 2025-06-15}
            applications:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, year: 2025, submitted: 2025-03-10}
            """;

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CountyRulesAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void modules_and_parameter_overrides_from_properties_make_the_engine_and_evaluations_are_measured_and_logged() {
        Logger log = (Logger) LoggerFactory.getLogger(DecisionLogListener.LOGGER);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            runner.withPropertyValues("county-rules.modules=ningxia", "county-rules.parameters[ningxia.minimumGrade]=C",
                    "county-rules.decision-log.enabled=true").run(ctx -> {
                PolicyEngine engine = ctx.getBean(PolicyEngine.class);
                assertEquals(java.util.List.of("ningxia"), engine.modules());
                ParameterInfo grade = engine.parameters(LocalDate.of(2025, 6, 30)).stream()
                        .filter(p -> p.name().equals("ningxia.minimumGrade")).findFirst().orElseThrow();
                assertEquals("B", grade.value(), "the table's value");

                CountyRulesService service = ctx.getBean(CountyRulesService.class);
                Report r = service.evaluate(Facts.fromYaml(FACTS));
                assertEquals("C", r.parameters().get("ningxia.minimumGrade"), "the override is in force");
                assertFalse(r.decisions().isEmpty());
                MeterRegistry m = ctx.getBean(MeterRegistry.class);
                assertEquals(1, m.get(MetricsListener.EVALUATIONS).tag("result", "evaluated").timer().count());
                double decisions = m.get(MetricsListener.DECISIONS).counters().stream().mapToDouble(c -> c.count()).sum();
                assertEquals(r.decisions().size(), (int) decisions);

                assertEquals(1, lines.list.size());
                String line = lines.list.get(0).getFormattedMessage();
                assertTrue(line.contains("ruleSet=" + r.ruleSet().digest()), line);
                assertTrue(line.contains("asOf=2025-06-30") && line.contains("input=") && line.contains("regionCodes=640122"), line);
                assertFalse(line.contains("63.0") || line.contains("永宁"), "no scores or names: " + line);

                Health h = ctx.getBean(CountyRulesHealthIndicator.class).health();
                assertEquals(Status.UP, h.getStatus());
                assertEquals(engine.ruleSetInfo().digest(), h.getDetails().get("digest"));
                Info.Builder info = new Info.Builder();
                ctx.getBean(CountyRulesInfoContributor.class).contribute(info);
                assertEquals(engine.ruleSetInfo().digest(), ((Map<?, ?>) info.build().get("county-rules")).get("digest"));
            });
        } finally {
            log.detachAppender(lines);
        }
    }

    @Test
    void an_unknown_parameter_stops_start_up_with_its_name() {
        runner.withPropertyValues("county-rules.modules=ningxia", "county-rules.parameters[ningxia.noSuchThing]=1").run(ctx -> {
            assertNotNull(ctx.getStartupFailure());
            assertTrue(String.valueOf(ctx.getStartupFailure()).contains("ningxia.noSuchThing")
                    || String.valueOf(ctx.getStartupFailure().getCause()).contains("ningxia.noSuchThing"), String.valueOf(ctx.getStartupFailure()));
        });
    }

    @Test
    void the_watcher_reloads_a_changed_rule_folder_and_keeps_the_old_rules_on_a_broken_one(@TempDir Path root) throws Exception {
        Path dir = root.resolve("demo");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("demo.drl"), drl("1900"), StandardCharsets.UTF_8);
        runner.withPropertyValues("county-rules.modules=ningxia", "county-rules.rules-folders[0]=" + dir,
                "county-rules.reload.quiet-period=100ms").run(ctx -> {
            assertNull(ctx.getStartupFailure());
            CountyRulesService service = ctx.getBean(CountyRulesService.class);
            String first = service.engine().ruleSetInfo().digest();
            Files.writeString(dir.resolve("demo.drl"), drl("1901"), StandardCharsets.UTF_8);
            String second = waitForReload(service, 1);
            assertNotEquals(first, second);
            assertTrue(service.lastReload().switched());
            Files.writeString(dir.resolve("demo.drl"), drl("1902") + "\nthis is not DRL\n", StandardCharsets.UTF_8);
            waitForReload(service, 2);
            assertFalse(service.lastReload().switched());
            assertFalse(service.lastReload().problems().isEmpty());
            assertEquals(second, service.engine().ruleSetInfo().digest(), "the previous rules keep serving");
            assertEquals(1.0, ctx.getBean(MeterRegistry.class).get(MetricsListener.RELOADS).tag("result", "failed").counter().count());
        });
    }

    @Test
    void the_watcher_can_be_turned_off(@TempDir Path root) throws Exception {
        Path dir = root.resolve("demo");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("demo.drl"), drl("1900"), StandardCharsets.UTF_8);
        runner.withPropertyValues("county-rules.modules=ningxia", "county-rules.rules-folders[0]=" + dir,
                "county-rules.reload.watch=false").run(ctx -> assertTrue(ctx.getBeansOfType(RuleFolderWatcher.class).isEmpty()));
    }

    private static String waitForReload(CountyRulesService service, int n) throws InterruptedException {
        CountyRulesService.LastReload before = n == 1 ? null : service.lastReload();
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            CountyRulesService.LastReload now = service.lastReload();
            if (now != null && now != before) {
                return service.engine().ruleSetInfo().digest();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no reload within 60 s after the folder changed");
    }

    static String drl(String year) {
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
}
