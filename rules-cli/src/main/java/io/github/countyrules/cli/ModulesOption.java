package io.github.countyrules.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** {@code --modules national,ningxia,gansu}: which rule modules to load (default: all on the class path). */
final class ModulesOption {
    @Option(names = "--modules", split = ",", paramLabel = "MODULE",
            description = "Rule modules to load, comma-separated (default: all) / 只加载这些规则模块，逗号分隔(默认全部)")
    List<String> modules = new ArrayList<>();
}
