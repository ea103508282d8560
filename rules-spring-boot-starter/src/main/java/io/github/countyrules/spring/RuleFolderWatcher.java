package io.github.countyrules.spring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the rule folders and reloads once they have been quiet for a moment after a change. A
 * reload with problems keeps the previous rules (see the health endpoint). Runs on one daemon thread.
 */
public class RuleFolderWatcher implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(RuleFolderWatcher.class);
    private final CountyRulesService service;
    private final List<Path> folders;
    private final Duration quiet;
    private volatile WatchService watch;
    private volatile Thread thread;

    public RuleFolderWatcher(CountyRulesService service, List<Path> folders, Duration quiet) {
        this.service = service;
        this.folders = List.copyOf(folders);
        this.quiet = quiet;
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        try {
            watch = FileSystems.getDefault().newWatchService();
            for (Path f : folders) {
                register(f);
            }
        } catch (IOException e) {
            LOG.warn("county-rules: cannot watch the rule folders {} ({}); reload on change is off", folders, e.toString());
            return;
        }
        thread = new Thread(this::loop, "county-rules-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watch.take();
                drain(key);
                // wait until the folder is quiet: an editor or a copy writes several files
                WatchKey more;
                while ((more = watch.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                for (Path f : folders) {
                    register(f); // new sub-folders
                }
                var r = service.reload("file-change");
                if (r.switched()) {
                    LOG.info("county-rules: rule folders changed; reloaded, rule set {}", service.engine().ruleSetInfo().digest());
                } else {
                    LOG.warn("county-rules: rule folders changed but have {} problem(s); the previous rules keep serving: {}",
                            r.problems().size(), r.problems());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("county-rules: watching the rule folders stopped ({})", e.toString());
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public synchronized void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
        }
        try {
            if (watch != null) {
                watch.close();
            }
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
