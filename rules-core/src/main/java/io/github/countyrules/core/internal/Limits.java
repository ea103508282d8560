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
    /** One value (a string, a key) or one line of YAML: 1 MiB characters by default. */
    public static final int MAX_SCALAR_CHARS = Integer.getInteger("countyrules.maxScalarChars", 1 << 20);
    /** A rule folder's files (DRL, parameters.yaml, module.yaml): 4 MiB each. */
    public static final long MAX_RULE_FILE_BYTES = Long.getLong("countyrules.maxRuleFileBytes", 4L * 1024 * 1024);

    /** A file larger than the limit, or not a regular file (a FIFO, a device such as /dev/zero). */
    public static final class TooLarge extends java.io.IOException {
        public TooLarge(String what) {
            super(what);
        }
    }

    /**
     * The bytes of a regular file, read through a stream that stops at {@code limit}: the size the
     * file system reports is not trusted (/proc files report 0), and FIFOs and devices are refused
     * before they are opened (opening a FIFO waits for a writer; /dev/zero never ends).
     */
    public static byte[] readBounded(java.nio.file.Path file, long limit) throws java.io.IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            if (java.nio.file.Files.exists(file) && !java.nio.file.Files.isDirectory(file)) {
                throw new TooLarge("not a regular file");
            }
            // missing or a folder: the ordinary error of reading it
            return java.nio.file.Files.readAllBytes(file);
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (b.length > limit) {
                throw new TooLarge("more than " + limit + " bytes");
            }
            return b;
        }
    }

    private Limits() {
    }
}
