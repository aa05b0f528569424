package tw.ourdata.estate.database;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.ourdata.estate.support.Http.basic;
import static tw.ourdata.estate.support.Http.bearer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import tw.ourdata.estate.support.Notices;
import tw.ourdata.estate.support.ServerProcess;
import tw.ourdata.estate.support.TestDatabase;
import tw.ourdata.estate.support.TestIds;

/**
 * With SPRING_DATASOURCE_URL the server uses that PostgreSQL, starts nothing embedded, is not
 * in demo mode (no dev key or demo user works), and refuses to start without an administrator or
 * without the platform CA's passphrase.
 */
class ExternalDatabaseTest {

    @Test
    void aConfiguredDatabaseIsUsedAndDemoCredentialsAreDead() throws Exception {
        Path externalData = TestDatabase.freshDataDirectory();
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(externalData).start()) {
            Map<String, String> env = Map.of(
                    "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + external.getPort() + "/postgres",
                    "SPRING_DATASOURCE_USERNAME", "postgres",
                    "SPRING_DATASOURCE_PASSWORD", "unused",
                    "OURDATA_SIGNING_CA_PASSPHRASE", "a-long-ca-passphrase");

            Path serverDataDir = TestDatabase.freshDataDirectory();
            String refused = ServerProcess.startExpectingFailure(serverDataDir, env);
            assertThat(refused).contains("No administrator: set ourdata.admin.username and ourdata.admin.password");

            Map<String, String> withAdmin = new java.util.HashMap<>(env);
            withAdmin.put("OURDATA_ADMIN_USERNAME", "chief");
            withAdmin.put("OURDATA_ADMIN_PASSWORD", "a-long-admin-password");

            // Outside demo mode the platform CA's keys are never protected by the well-known demo passphrase.
            Map<String, String> withoutCaPassphrase = new java.util.HashMap<>(withAdmin);
            withoutCaPassphrase.remove("OURDATA_SIGNING_CA_PASSPHRASE");
            assertThat(ServerProcess.startExpectingFailure(serverDataDir, withoutCaPassphrase))
                    .contains("The platform CA passphrase is not set").contains("OURDATA_SIGNING_CA_PASSPHRASE");
            ServerProcess server = ServerProcess.start(serverDataDir, withAdmin, List.of());
            try {
                assertThat(Files.exists(serverDataDir.resolve("postgres"))).as("no embedded PostgreSQL was started").isFalse();
                assertThat(server.http.postJson("/api/v1/death-notices", bearer("dev-registration-office"),
                        Notices.valid(TestIds.registrationNumber())).status()).isEqualTo(401);
                assertThat(server.http.get("/engine-rest/engine", basic("admin", "admin")).status()).isEqualTo(401);
                assertThat(server.http.get("/engine-rest/engine", basic("chief", "a-long-admin-password")).status()).isEqualTo(200);
            } finally {
                server.stop();
            }
            // The server's tables went to the configured database.
            try (var c = external.getPostgresDatabase().getConnection();
                 var rs = c.createStatement().executeQuery("select count(*) from flyway_schema_history where success")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(3);
            }
        }
    }
}
