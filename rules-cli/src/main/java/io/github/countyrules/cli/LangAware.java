package io.github.countyrules.cli;

/** A command that knows its language, so a failure inside it is reported in that language. */
interface LangAware {
    Lang lang();
}
