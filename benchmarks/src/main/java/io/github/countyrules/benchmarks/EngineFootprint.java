package io.github.countyrules.benchmarks;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.PolicyEngine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * The memory figure: heap retained by built engines (every module, precompiled), measured as the
 * used heap after full collections before and after building them and keeping them reachable.
 * The first engine also pays for what the KIE runtime keeps once per JVM; the next ones show what
 * an engine itself costs. Class metadata (the executable model's classes) lives outside the heap
 * and is reported separately as the growth of Metaspace. Run with {@code -XX:+UseSerialGC} so a
 * full collection leaves only live objects.
 */
public final class EngineFootprint {
    private EngineFootprint() {
    }

    public static void main(String[] args) {
        int engines = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Facts one = StartupProbe.oneCounty();
        long heap0 = usedHeap();
        long meta0 = metaspace();
        List<PolicyEngine> kept = new ArrayList<>();
        long previous = heap0;
        for (int i = 1; i <= engines; i++) {
            PolicyEngine e = PolicyEngine.builder().build();
            // one evaluation, so whatever an engine builds lazily on first use is counted too
            e.evaluate(one);
            kept.add(e);
            long now = usedHeap();
            System.out.printf("engine %d: heap retained +%,d KiB (total over start %,d KiB)%n", i, (now - previous) / 1024,
                    (now - heap0) / 1024);
            if (i == 1) {
                System.out.printf("          metaspace +%,d KiB (classes of the KIE runtime and the executable model)%n",
                        (metaspace() - meta0) / 1024);
            }
            previous = now;
        }
        long all = usedHeap() - heap0;
        System.out.printf("%d engines retain %,d KiB of heap; %d modules each: %s%n", engines, all / 1024,
                kept.get(0).modules().size(), kept.get(0).modules());
    }

    private static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long metaspace() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.NON_HEAP && (p.getName().equals("Metaspace") || p.getName().equals("Compressed Class Space"))) {
                sum += p.getUsage().getUsed();
            }
        }
        return sum;
    }
}
