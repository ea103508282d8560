package io.github.countyrules.cli;

import picocli.CommandLine.Option;

/** {@code --lang zh|en}, shared by every command that speaks to people. */
final class LangOption {
    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of messages: zh (default) or en / 输出语言：zh(默认)或 en")
    Lang lang = Lang.zh;
}
