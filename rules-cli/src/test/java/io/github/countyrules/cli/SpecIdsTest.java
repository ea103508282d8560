package io.github.countyrules.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SpecIdsTest {
    private static final io.github.countyrules.core.api.PolicyEngine ALL = io.github.countyrules.core.api.PolicyEngine.builder().build();
    private static final Pattern ROW = Pattern.compile("^\\| ((?:NX|GS|CN|AH)-[A-Z]\\d+[a-z]?) \\|", Pattern.MULTILINE);

    @Test
    void theModulesDeclareWellFormedSpecIds() {
        List<SpecIds.Entry> ids = SpecIds.load(ALL);

        assertEquals(ids.size(), ids.stream().map(SpecIds.Entry::id).distinct().count(), "no id twice");
        for (SpecIds.Entry e : ids) {
            String module = switch (e.id().substring(0, 2)) {
                case "NX" -> "ningxia";
                case "GS" -> "gansu";
                case "AH" -> "anhui";
                default -> "national";
            };
            assertEquals(module, e.module(), e::toString);
            assertTrue(e.clause().startsWith(e.id().startsWith("NX") ? "NX-GUIDE" : e.id().startsWith("GS") ? "GS-PLAN"
                    : e.id().startsWith("AH") ? "AH-NOTICE" : "CN-"),
                    e::toString);
        }
    }

    @Test
    void theShippedListMatchesPolicySpec() throws IOException {
        // CI and developers have the contract files at ../shared from the project root
        Path spec = Path.of("..", "..", "shared", "POLICY-SPEC.md");
        assumeTrue(Files.isRegularFile(spec), "POLICY-SPEC.md not found at " + spec.toAbsolutePath());
        Set<String> inSpec = new TreeSet<>();
        Matcher m = ROW.matcher(Files.readString(spec));
        while (m.find()) {
            inSpec.add(m.group(1));
        }
        Set<String> shipped = new TreeSet<>();
        SpecIds.load(ALL).stream().filter(e -> ROW.matcher("| " + e.id() + " |").find()).forEach(e -> shipped.add(e.id()));

        assertEquals(inSpec, shipped, "the modules' specIds (META-INF/county-rules-module.yaml) against POLICY-SPEC.md");
    }
}
