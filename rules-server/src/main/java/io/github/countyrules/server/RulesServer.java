package io.github.countyrules.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The decision service: {@code java -jar rules-server.jar} or {@code bin/policy-rules serve}. */
@SpringBootApplication
@EnableConfigurationProperties(ServerLimits.class)
public class RulesServer {
    public static void main(String[] args) {
        SpringApplication.run(RulesServer.class, args);
    }
}
