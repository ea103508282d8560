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
}
