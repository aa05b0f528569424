package tw.ourdata.estate.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.ourdata.estate.support.Http.basic;
import static tw.ourdata.estate.support.Http.bearer;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.Notices;
import tw.ourdata.estate.support.TestIds;

@IntegrationTest
class AuditTrailTest {

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    private UUID newCase(Http http) {
        Http.Response created = http.postJson("/api/v1/death-notices", bearer("dev-registration-office"),
                Notices.valid(TestIds.registrationNumber()));
        return UUID.fromString(created.json().get("caseId").asText());
    }

    @Test
    void theNoticeAndEveryReadOfTheCaseAreRecordedWithWhoseDataWasRead() {
        Http http = new Http(port);
        UUID caseId = newCase(http);
        http.get("/api/v1/cases/" + caseId, bearer("dev-registration-office"));
        http.get("/api/v1/cases/" + caseId, basic("officer", "officer"));

        // Other steps of the case (invitations, ...) are recorded too; these three are the office's and the officer's.
        var events = audit.events(caseId).stream()
                .filter(e -> e.action().equals("NOTICE_RECEIVED") || e.action().equals("CASE_READ")).toList();
        assertThat(events).extracting(AuditChain.Event::action).containsExactly("NOTICE_RECEIVED", "CASE_READ", "CASE_READ");
        assertThat(events.get(2).actorKind()).isEqualTo("OFFICER");
        assertThat(events.get(2).actorId()).isEqualTo("officer");
        UUID spouse = jdbc.sql("select id from heir where case_id = :c and relation = 'SPOUSE'").param("c", caseId)
                .query(UUID.class).single();
        assertThat(events).allSatisfy(e -> assertThat(e.dataSubjects()).contains(spouse));
        assertThat(audit.verify(caseId)).isNull();
    }

    @Test
    void theTrailCannotBeChangedAndAChangeMadeAnywayIsDetected() {
        Http http = new Http(port);
        UUID caseId = newCase(http);
        http.get("/api/v1/cases/" + caseId, bearer("dev-registration-office"));

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_id = 'someone else' where case_id = :c")
                .param("c", caseId).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where case_id = :c").param("c", caseId).update())
                .hasMessageContaining("append-only");

        // Someone with the database owner's rights switches the guard off and edits a row.
        tx.executeWithoutResult(s -> {
            jdbc.sql("alter table audit_event disable trigger audit_event_append_only").update();
            jdbc.sql("update audit_event set actor_id = 'someone else' where case_id = :c and sequence = 1").param("c", caseId).update();
            jdbc.sql("alter table audit_event enable trigger audit_event_append_only").update();
        });
        assertThat(audit.verify(caseId)).isEqualTo("event 1 was changed after it was recorded");
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        Http http = new Http(port);
        UUID caseId = newCase(http);
        var readers = java.util.stream.IntStream.range(0, 8).mapToObj(i -> java.util.concurrent.CompletableFuture.runAsync(
                () -> http.get("/api/v1/cases/" + caseId, bearer("dev-registration-office")))).toList();
        readers.forEach(java.util.concurrent.CompletableFuture::join);
        assertThat(audit.events(caseId).stream().filter(e -> e.action().equals("CASE_READ"))).hasSize(8);
        assertThat(audit.verify(caseId)).isNull();
    }
}
