package tw.ourdata.estate.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Integration tests run against a real PostgreSQL: a Testcontainers PostgreSQL where a Docker
 * engine exists, otherwise the server's own embedded PostgreSQL (real binaries) in a fresh
 * directory. Either way the server runs in demo mode, as a newcomer's would.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static PostgreSQLContainer<?> container;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (dockerAvailable()) {
            startContainer();
            TestPropertyValues.of(
                    "spring.datasource.url=" + container.getJdbcUrl(),
                    "spring.datasource.username=" + container.getUsername(),
                    "spring.datasource.password=" + container.getPassword(),
                    "ourdata.demo=true").applyTo(context);
        } else {
            TestPropertyValues.of(
                    "ourdata.data-dir=" + freshDataDirectory(),
                    // Tests may trade crash safety for speed; the product never does.
                    "ourdata.embedded-database.synchronous-commit=false").applyTo(context);
        }
    }

    public static Path freshDataDirectory() {
        try {
            Path base = Path.of("target", "test-data");
            Files.createDirectories(base);
            return Files.createTempDirectory(base.toAbsolutePath(), "pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void startContainer() {
        if (container == null) {
            container = new PostgreSQLContainer<>("postgres:17");
            container.start();
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
