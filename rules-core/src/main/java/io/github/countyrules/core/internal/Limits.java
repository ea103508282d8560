package io.github.countyrules.core.internal;

/**
 * Limits on facts and scenario files, so a hostile file is refused quickly with bounded memory.
 * Defaults fit a nationwide file (2,844 county-level units with six years of facts); each can be
 * raised with a system property.
 *
 * <ul>
 *   <li>{@code countyrules.maxFileBytes} (default 256 MiB): files larger are refused before parsing;</li>
 *   <li>{@code countyrules.maxAliases} (default 100): YAML aliases (&amp;a / *a) in one file;</li>
 *   <li>{@code countyrules.maxDepth} (default 50): nesting of maps and lists.</li>
 * </ul>
 */
public final class Limits {
    public static final long MAX_FILE_BYTES = Long.getLong("countyrules.maxFileBytes", 256L * 1024 * 1024);
    public static final int MAX_ALIASES = Integer.getInteger("countyrules.maxAliases", 100);
    public static final int MAX_DEPTH = Integer.getInteger("countyrules.maxDepth", 50);

    private Limits() {
    }
}
