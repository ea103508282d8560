package io.github.countyrules.cli;

/** Exit codes, the same for every command (docs/cli.md). */
final class ExitCodes {
    /** Evaluated; every scenario passed. */
    static final int OK = 0;
    /** A scenario failed, or (with --fail-uncovered) a rule has no scenario. */
    static final int FAILED = 1;
    /** The input was refused: bad facts, a malformed scenario file, a usage error. */
    static final int INPUT = 2;
    /** Anything else went wrong: a broken rule module, an I/O failure. */
    static final int SOFTWARE = 3;

    private ExitCodes() {
    }
}
