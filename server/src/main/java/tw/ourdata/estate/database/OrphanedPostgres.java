package tw.ourdata.estate.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL is a child process. When the server crashes (or is killed), that child
 * lives on and keeps the data directory locked, so the next start would fail. Before starting,
 * a PostgreSQL still running on our data directory is asked to shut down (SIGTERM: its
 * "smart" shutdown, which writes a checkpoint); one that is gone leaves a stale pid file that
 * PostgreSQL itself recovers from.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private OrphanedPostgres() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                // The pid file names its data directory: never touch a PostgreSQL that is not ours.
                .filter(p -> Path.of(lines.get(1).trim()).toAbsolutePath().normalize().equals(dataDirectory.toAbsolutePath().normalize()));
        if (process.isEmpty()) {
            return;
        }
        log.warn("A PostgreSQL (pid {}) from an earlier run still holds {}: stopping it before starting anew", pid, dataDirectory);
        process.get().destroy();
        Instant deadline = Instant.now().plus(WAIT);
        while (process.get().isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the old PostgreSQL to stop", e);
            }
        }
        if (process.get().isAlive()) {
            throw new IllegalStateException("The PostgreSQL of an earlier run (pid " + pid + ") did not stop within "
                    + WAIT.toSeconds() + " s; stop it by hand before starting the server.");
        }
    }
}
