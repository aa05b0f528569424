package tw.ourdata.estate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.ourdata.estate.support.Http.basic;
import static tw.ourdata.estate.support.Http.bearer;

import java.net.URI;
import java.net.http.HttpRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/** The engine's REST API and the webapps are never open. */
@IntegrationTest
class EngineAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void engineRestNeedsAnOfficerOrAdministrator() {
        assertThat(http.get("/engine-rest/process-definition", null).status()).isEqualTo(401);
        assertThat(http.get("/engine-rest/process-definition", basic("nobody", "officer")).status()).isEqualTo(401);
        assertThat(http.get("/engine-rest/process-definition", bearer("dev-registration-office")).status())
                .as("a machine client's key is no engine identity").isEqualTo(401);
        Http.Response officer = http.get("/engine-rest/process-definition?key=estate-settlement", basic("officer", "officer"));
        assertThat(officer.status()).isEqualTo(200);
        assertThat(officer.json().findValuesAsText("key")).contains("estate-settlement");
        assertThat(http.get("/engine-rest/user", basic("admin", "admin")).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefusedAndSlowsTheNextAttempt() {
        User user = identity.newUser("guessedofficer");
        user.setPassword("the-right-password");
        identity.saveUser(user);
        identity.createMembership("guessedofficer", EngineIdentityAuthenticationProvider.OFFICERS_GROUP);
        try {
            assertThat(http.get("/engine-rest/task", basic("guessedofficer", "a-guess")).status()).isEqualTo(401);
            // The engine locks the user for a few seconds after a failure: guessing is slow.
            assertThat(http.get("/engine-rest/task", basic("guessedofficer", "the-right-password")).status()).isEqualTo(401);
        } finally {
            identity.deleteUser("guessedofficer");
        }
    }

    @Test
    void nobodyCanClaimTheWebappsBySettingUpTheFirstUser() {
        // With no user at all, Camunda Admin lets anyone create the first administrator.
        HttpRequest setup = HttpRequest.newBuilder(URI.create(http.base() + "/camunda/api/admin/setup/default/user/create"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\"},"
                        + "\"credentials\":{\"password\":\"intruder-password-1\"}}"))
                .build();
        assertThat(http.send(setup).status()).isIn(401, 403);
        assertThat(http.get("/engine-rest/user/intruder/profile", basic("admin", "admin")).status()).isEqualTo(404);
    }

    @Test
    void theWebappsDataApisNeedALogin() {
        assertThat(http.get("/camunda/api/engine/engine/default/task", null).status()).isIn(401, 403);
        assertThat(http.get("/camunda/app/tasklist/default/", null).status()).as("the login page itself is served").isEqualTo(200);
    }

    @Test
    void healthIsUpWithDatabaseAndEngine() {
        Http.Response health = http.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().get("components").get("db").get("status").asText()).isEqualTo("UP");
        assertThat(health.json().get("components").get("processEngine").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void unknownPathsAreNotServed() {
        assertThat(http.get("/actuator/env", null).status()).isIn(401, 403, 404);
        assertThat(http.get("/api/v1/nothing-here", bearer("dev-registration-office")).status()).isIn(403, 404);
    }

    @Test
    void theOpenApiDescriptionListsTheMachineFacingApis() {
        Http.Response docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/death-notices")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/estate-tax/estimate")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/cases/{id}")).isTrue();
        assertThat(docs.body()).doesNotContain("/engine-rest");
    }
}
