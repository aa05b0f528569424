package tw.ourdata.estate.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With no {@code spring.datasource.url}, the server runs its own PostgreSQL (real binaries from
 * a Maven artifact) whose data lives under {@code ourdata.data-dir} and survives a restart.
 * With a URL, this configuration steps aside and Spring Boot connects to that database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Environment env) throws IOException {
        Path dataDir = Path.of(env.getProperty("ourdata.data-dir", "./data")).toAbsolutePath().normalize();
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        // zonky turns synchronous_commit off for speed; a family's case must survive a crash,
        // so the server turns it back on. Tests may keep it off.
        boolean synchronousCommit = env.getProperty("ourdata.embedded-database.synchronous-commit", Boolean.class, true);
        int port = env.getProperty("ourdata.embedded-database.port", Integer.class, 0);
        OrphanedPostgres.stopIfRunning(pgData);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData.toFile())
                .setCleanDataDirectory(false)
                // Spring stops the database after the engine; zonky's own hook would race it.
                .setRegisterShutdownHook(false)
                .setServerConfig("synchronous_commit", synchronousCommit ? "on" : "off")
                .setServerConfig("fsync", synchronousCommit ? "on" : "off")
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), pgData);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, Environment env) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(env.getProperty("ourdata.embedded-database.pool-size", Integer.class, 20));
        ds.setPoolName("ourdata-embedded");
        return ds;
    }
}
