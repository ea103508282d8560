package io.github.countyrules.cli;

/** Output for people ({@code text}) or for programs ({@code json}). */
enum Format {
    text, json
}
