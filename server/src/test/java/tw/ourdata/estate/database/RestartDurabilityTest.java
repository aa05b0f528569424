package tw.ourdata.estate.database;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.ourdata.estate.support.Http.bearer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tw.ourdata.estate.OurDataEstateApplication;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.TestDatabase;
import tw.ourdata.estate.support.TestIds;

/**
 * A case survives the server's restart and its crash on the same data directory. The server runs
 * in a child JVM here, exactly as {@code java -jar} would, so that "crash" can mean SIGKILL:
 * no shutdown hook, the embedded PostgreSQL orphaned.
 */
class RestartDurabilityTest {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @Test
    void aCaseSurvivesACrashAndARestart() throws Exception {
        Path dataDir = TestDatabase.freshDataDirectory();
        String number = TestIds.registrationNumber();

        Server first = Server.start(dataDir);
        Http.Response created = first.http.postJson("/api/v1/death-notices", bearer("dev-registration-office"),
                tw.ourdata.estate.support.Notices.valid(number));
        assertThat(created.status()).isEqualTo(202);
        String location = created.header("Location");
        first.crash();
        assertThat(postgresStillRunning(dataDir)).as("the crash left the embedded PostgreSQL behind").isTrue();

        Server second = Server.start(dataDir);
        Http.Response afterCrash = second.http.get(location, bearer("dev-registration-office"));
        assertThat(afterCrash.status()).isEqualTo(200);
        assertThat(afterCrash.json().get("registrationNumber").asText()).isEqualTo(number);
        assertThat(afterCrash.json().get("currentActivities").findValuesAsText("processDefinitionKey")).contains("estate-settlement");
        second.stop();

        Server third = Server.start(dataDir);
        Http.Response afterRestart = third.http.get(location, bearer("dev-registration-office"));
        assertThat(afterRestart.status()).isEqualTo(200);
        assertThat(afterRestart.json().get("id")).isEqualTo(created.json().get("caseId"));
        // The same notice again is still recognised as the same case.
        assertThat(third.http.postJson("/api/v1/death-notices", bearer("dev-registration-office"),
                tw.ourdata.estate.support.Notices.valid(number)).status()).isEqualTo(409);
        third.stop();
    }

    private static boolean postgresStillRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!java.nio.file.Files.exists(pidFile)) {
            return false;
        }
        long pid = Long.parseLong(java.nio.file.Files.readAllLines(pidFile).get(0).trim());
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The server in its own JVM, on a free port, with the given data directory. */
    private static final class Server {
        final Process process;
        final Http http;

        private Server(Process process, int port) {
            this.process = process;
            this.http = new Http(port);
        }

        static Server start(Path dataDir) throws IOException, InterruptedException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    OurDataEstateApplication.class.getName(),
                    "--server.port=0", "--ourdata.data-dir=" + dataDir, "--camunda.bpm.job-execution.enabled=false")
                    .redirectErrorStream(true);
            pb.environment().remove("SPRING_DATASOURCE_URL");
            Process process = pb.start();
            CompletableFuture<Integer> port = new CompletableFuture<>();
            StringBuilder log = new StringBuilder();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        synchronized (log) {
                            log.append(line).append('\n');
                        }
                        Matcher m = PORT.matcher(line);
                        if (m.find()) {
                            port.complete(Integer.parseInt(m.group(1)));
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
                port.completeExceptionally(new IllegalStateException("server ended before listening:\n" + log));
            }, "server-log");
            reader.setDaemon(true);
            reader.start();
            try {
                int p = port.get(Duration.ofMinutes(3).toSeconds(), TimeUnit.SECONDS);
                Server server = new Server(process, p);
                server.awaitReady();
                return server;
            } catch (Exception e) {
                process.destroyForcibly();
                throw new IllegalStateException("server did not start:\n" + log, e);
            }
        }

        void awaitReady() throws InterruptedException {
            for (int i = 0; i < 600; i++) {
                try {
                    if (http.get("/actuator/health", null).status() == 200) {
                        return;
                    }
                } catch (RuntimeException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("server never became healthy");
        }

        /** SIGKILL: no shutdown hook runs. */
        void crash() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        void stop() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("graceful stop").isTrue();
        }
    }
}
