package io.github.countyrules.cli;

/**
 * The language of what the command says to people. Chinese is the default because the policies,
 * and most of the staff who check decisions against them, are Chinese; every message exists in both.
 */
enum Lang {
    zh, en;

    /** The text in this language. */
    String t(String zh, String en) {
        return this == Lang.zh ? zh : en;
    }
}
