package tw.ourdata.estate.database;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.ourdata.estate.support.Http.bearer;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.ServerProcess;
import tw.ourdata.estate.support.TestDatabase;
import tw.ourdata.estate.support.TestIds;

/**
 * A case survives the server's restart and its crash on the same data directory. The server runs
 * in a child JVM here, exactly as {@code java -jar} would, so that "crash" can mean SIGKILL:
 * no shutdown hook, the embedded PostgreSQL orphaned.
 */
class RestartDurabilityTest {

    @Test
    void aCaseSurvivesACrashAndARestart() throws Exception {
        Path dataDir = TestDatabase.freshDataDirectory();
        String number = TestIds.registrationNumber();

        ServerProcess first = ServerProcess.start(dataDir);
        Http.Response created = first.http.postJson("/api/v1/death-notices", bearer("dev-registration-office"),
                tw.ourdata.estate.support.Notices.valid(number));
        assertThat(created.status()).isEqualTo(202);
        String location = created.header("Location");
        first.crash();
        assertThat(postgresStillRunning(dataDir)).as("the crash left the embedded PostgreSQL behind").isTrue();

        ServerProcess second = ServerProcess.start(dataDir);
        Http.Response afterCrash = second.http.get(location, bearer("dev-registration-office"));
        assertThat(afterCrash.status()).isEqualTo(200);
        assertThat(afterCrash.json().get("registrationNumber").asText()).isEqualTo(number);
        assertThat(afterCrash.json().get("currentActivities").findValuesAsText("processDefinitionKey")).contains("estate-settlement");
        second.stop();

        ServerProcess third = ServerProcess.start(dataDir);
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
}
