package io.github.countyrules.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TickerTest {
    @Test
    void quietWhenTheWorkEndsInTime() {
        StringWriter err = new StringWriter();
        try (Ticker t = new Ticker(new PrintWriter(err), Lang.en, "x", "evaluating", Duration.ofSeconds(5), Duration.ofSeconds(5))) {
            assertFalse(t.spoke());
        }
        assertTrue(err.toString().isEmpty(), err::toString);
    }

    @Test
    void saysItIsStillRunningAndWhenItIsDone() throws InterruptedException {
        StringWriter err = new StringWriter();
        try (Ticker t = new Ticker(new PrintWriter(err), Lang.en, "x", "evaluating", Duration.ofMillis(20), Duration.ofSeconds(5))) {
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!t.spoke() && System.nanoTime() < until) {
                Thread.sleep(10);
            }
        }
        assertTrue(err.toString().contains("evaluating… "), err::toString);
        assertTrue(err.toString().contains("done in "), err::toString);
    }
}
