package io.github.countyrules.examples.spring;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.spring.CountyRulesService;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;

/**
 * A Spring Boot application that uses the engine the starter configures from application.yaml
 * (county-rules.*): it evaluates a facts file and prints one line per decision.
 *
 * <pre>mvn -B -q -pl examples/spring-app spring-boot:run -Dspring-boot.run.arguments=examples/data/ningxia-2025.yaml</pre>
 */
@SpringBootApplication
public class SpringApp {
    public static void main(String[] args) {
        SpringApplication.run(SpringApp.class, args);
    }

    @Bean
    CommandLineRunner evaluate(CountyRulesService rules) {
        return args -> {
            Path file = Path.of(args.length > 0 ? args[0] : "examples/data/ningxia-2025.yaml");
            Report report = rules.evaluate(Facts.fromYaml(file));
            System.out.println("规则集 rule set " + report.ruleSet().modules() + " " + report.ruleSet().digest());
            for (Decision d : report.decisions()) {
                System.out.println(d.region() + " " + d.regionName() + " " + d.program() + " " + d.kind()
                        + (d.year() == null ? "" : " " + d.year()) + " → " + d.outcome());
            }
        };
    }
}
