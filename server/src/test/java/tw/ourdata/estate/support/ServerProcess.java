package tw.ourdata.estate.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.ourdata.estate.OurDataEstateApplication;

/**
 * The server in its own JVM, as {@code java -jar} runs it, on a free port: for the tests that
 * need to crash it, restart it, or start it with another configuration.
 */
public final class ServerProcess {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    public final Process process;
    public final Http http;
    private final StringBuilder log;

    private ServerProcess(Process process, int port, StringBuilder log) {
        this.process = process;
        this.http = new Http(port);
        this.log = log;
    }

    public static ServerProcess start(Path dataDir) throws IOException {
        return start(dataDir, Map.of(), List.of());
    }

    public static ServerProcess start(Path dataDir, Map<String, String> environment, List<String> arguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                OurDataEstateApplication.class.getName(),
                "--server.port=0", "--ourdata.data-dir=" + dataDir, "--camunda.bpm.job-execution.enabled=false"));
        command.addAll(arguments);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.environment().putAll(environment);
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
            port.completeExceptionally(new IllegalStateException("server ended before listening"));
        }, "server-log");
        reader.setDaemon(true);
        reader.start();
        try {
            int p = port.get(Duration.ofMinutes(3).toSeconds(), TimeUnit.SECONDS);
            ServerProcess server = new ServerProcess(process, p, log);
            server.awaitHealthy();
            return server;
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("server did not start:\n" + log, e);
        }
    }

    /** Starts a server that must fail to start; returns its log. */
    public static String startExpectingFailure(Path dataDir, Map<String, String> environment) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                OurDataEstateApplication.class.getName(), "--server.port=0", "--ourdata.data-dir=" + dataDir)
                .redirectErrorStream(true);
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.environment().putAll(environment);
        Process process = pb.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("exit code of a server that must not start").isNotZero();
        return new String(output, StandardCharsets.UTF_8);
    }

    private void awaitHealthy() throws InterruptedException {
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
        throw new IllegalStateException("server never became healthy:\n" + log());
    }

    public String log() {
        synchronized (log) {
            return log.toString();
        }
    }

    /** SIGKILL: no shutdown hook runs. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** SIGTERM: the graceful stop an operator does. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("graceful stop").isTrue();
    }
}
