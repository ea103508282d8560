package io.github.countyrules.cli;

/**
 * A failure the command explains itself in one line, with the exit code it deserves: 2 for
 * problems with what the user gave (a module that does not exist, a path with no scenarios).
 */
final class CliException extends RuntimeException {
    private final int exitCode;
    private final String zh;
    private final String en;

    CliException(int exitCode, String zh, String en) {
        super(en);
        this.exitCode = exitCode;
        this.zh = zh;
        this.en = en;
    }

    int exitCode() {
        return exitCode;
    }

    String message(Lang lang) {
        return lang.t(zh, en);
    }
}
