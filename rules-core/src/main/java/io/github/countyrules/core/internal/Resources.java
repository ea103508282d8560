package io.github.countyrules.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists and reads resource folders, from a jar or a classes directory. */
final class Resources {
    private Resources() {
    }

    /** Every file under {@code folder} whose name ends with one of {@code suffixes}, path to bytes. */
    static SortedMap<String, byte[]> read(ClassLoader cl, String folder, String... suffixes) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try {
            Enumeration<URL> urls = cl.getResources(folder);
            while (urls.hasMoreElements()) {
                readInto(out, urls.nextElement(), folder, suffixes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * As {@link #read(ClassLoader, String, String...)}, but only from the one jar or classes
     * directory that {@code url} (the folder's own URL there) points into.
     */
    static SortedMap<String, byte[]> read(URL url, String folder, String... suffixes) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try {
            readInto(out, url, folder, suffixes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void readInto(SortedMap<String, byte[]> out, URL url, String folder, String... suffixes) throws IOException {
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection c = (JarURLConnection) url.openConnection();
                c.setUseCaches(false);
                try (JarFile jar = c.getJarFile()) {
                    Enumeration<JarEntry> es = jar.entries();
                    while (es.hasMoreElements()) {
                        JarEntry e = es.nextElement();
                        if (!e.isDirectory() && e.getName().startsWith(folder + "/") && matches(e.getName(), suffixes)) {
                            try (InputStream in = jar.getInputStream(e)) {
                                out.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            } else if ("file".equals(url.getProtocol())) {
                Path root = Path.of(url.toURI());
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                        String rel = folder + "/" + root.relativize(p).toString().replace('\\', '/');
                        if (matches(rel, suffixes)) {
                            out.put(rel, Files.readAllBytes(p));
                        }
                    }
                }
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean matches(String name, String... suffixes) {
        for (String s : suffixes) {
            if (name.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
