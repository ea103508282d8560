package io.github.countyrules.ningxia;

import io.github.countyrules.core.model.Status;
import io.github.countyrules.core.rules.Reasons;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one criterion found, before it becomes a {@link io.github.countyrules.core.rules.Reason}:
 * the three-valued status, the facts read (with their values as they are: the reason shows them as
 * text and keeps their type for JSON), the facts whose absence
 * made it UNKNOWN, and the message in Chinese and English. The helpers of this package compute
 * findings from facts; the rule that owns the criterion turns a finding into a reason with
 * {@link #into(Reasons)}, adding the parameters it used.
 */
public record Finding(Status status, SortedMap<String, Object> facts, List<String> missing, String zh, String en) {

    public Finding {
        facts = Collections.unmodifiableSortedMap(new TreeMap<>(facts));
        missing = List.copyOf(missing);
    }

    /** Fills a reason builder with this finding; the rule then adds parameters and builds it. */
    public Reasons into(Reasons r) {
        if (status == Status.UNKNOWN) {
            r.unknown(missing.toArray(String[]::new));
        } else {
            r.status(status);
        }
        facts.forEach(r::fact);
        // messages are finished text: "%s" keeps a "%" in them from being read as a format
        return r.zh("%s", zh).en("%s", en);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects facts and missing facts while a helper works through a criterion. */
    static final class Builder {
        private final TreeMap<String, Object> facts = new TreeMap<>();
        private final List<String> missing = new ArrayList<>();

        Builder fact(String name, Object value) {
            facts.put(name, value);
            return this;
        }

        Builder missing(String name) {
            if (!missing.contains(name)) {
                missing.add(name);
            }
            return this;
        }

        boolean hasMissing() {
            return !missing.isEmpty();
        }

        List<String> missingNames() {
            return List.copyOf(missing);
        }

        Finding met(String zh, String en) {
            return new Finding(Status.MET, facts, List.of(), zh, en);
        }

        Finding notMet(String zh, String en) {
            return new Finding(Status.NOT_MET, facts, List.of(), zh, en);
        }

        Finding of(boolean met, String zh, String en) {
            return met ? met(zh, en) : notMet(zh, en);
        }

        Finding unknown(String zh, String en) {
            if (missing.isEmpty()) {
                throw new IllegalStateException("an UNKNOWN finding names the missing facts");
            }
            return new Finding(Status.UNKNOWN, facts, missing, zh, en);
        }
    }
}
