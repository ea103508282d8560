package io.github.countyrules.core.internal;

import io.github.countyrules.core.model.Application;
import io.github.countyrules.core.model.MonitoringResult;
import io.github.countyrules.core.model.TechPark;
import io.github.countyrules.core.rules.MonitoringSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** A module is given only the facts its rules can match. */
class TypesReadTest {
    @Test
    void only_the_fact_types_a_module_names_are_inserted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r.drl"), """
                package io.github.countyrules.demo;
                import io.github.countyrules.core.model.*;
                import io.github.countyrules.core.rules.*;
                rule "T-1 申请" @id("T-1") @clause("c")
                when
                  $a : Application()
                  MonitoringSeries( region == $a.region )
                then
                end
                """);
        RuleModule m = RuleFolder.load(dir, ModuleLoader.coreParameters(), getClass().getClassLoader());
        Set<Class<?>> read = Evaluator.typesRead(m);
        assertNotNull(read);
        assertTrue(read.containsAll(Set.of(Application.class, MonitoringSeries.class)), read.toString());
        assertFalse(read.contains(MonitoringResult.class));
        assertFalse(read.contains(TechPark.class));
    }
}
