package io.github.countyrules.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rules to load: {@code --modules national,ningxia,gansu} picks shipped modules (default:
 * all on the class path), {@code --rules DIR} loads a module's DRL files and parameter table from a
 * folder instead of its jar, which is how policy staff try an edit before it ships.
 */
final class ModulesOption {
    @Option(names = "--modules", split = ",", paramLabel = "MODULE",
            description = "Rule modules to load, comma-separated (default: all) / 只加载这些规则模块，逗号分隔(默认全部)")
    List<String> modules = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Load a module's rule files from DIR instead of its jar (compiled now; repeatable) / "
                    + "从目录加载某模块的规则文件以替代随附版本(现场编译，可重复)")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--deadline", paramLabel = "TIME", converter = DeadlineConverter.class,
            description = "Longest time one evaluation may take, e.g. 10s, 500ms, 2m (default: 10s) / "
                    + "单次评估的最长时间，如 10s、500ms、2m(默认 10s)")
    java.time.Duration deadline = io.github.countyrules.core.api.PolicyEngine.DEFAULT_DEADLINE;

    /** "10s", "500ms", "2m" or a number of seconds. */
    static final class DeadlineConverter implements picocli.CommandLine.ITypeConverter<java.time.Duration> {
        @Override
        public java.time.Duration convert(String v) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,7})(ms|s|m)?").matcher(v.trim());
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new picocli.CommandLine.TypeConversionException("'" + v + "' is not a positive time such as 10s, 500ms or 2m"
                        + " / 不是正的时长(如 10s、500ms、2m)");
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> java.time.Duration.ofMillis(n);
                case "m" -> java.time.Duration.ofMinutes(n);
                default -> java.time.Duration.ofSeconds(n);
            };
        }
    }
}
