package tw.ourdata.estate.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.ourdata.estate.support.Http.basic;
import static tw.ourdata.estate.support.Http.bearer;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.common.NationalId;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.heirs.OnboardedFamily;
import tw.ourdata.estate.security.EngineIdentityAuthenticationProvider;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.Notices;
import tw.ourdata.estate.support.Officer;
import tw.ourdata.estate.support.TestIds;

/**
 * The tax officers' case dossier (/officers/cases/{id}) and their list of cases: only an officer's or an
 * administrator's engine identity opens them, no machine key and no heir's portal session; the dossier shows the
 * case with every national ID masked, the institutions' queries, the tasks waiting in Tasklist, the documents with
 * their audited downloads, and each reading of it is in the case's audit trail for the heirs to see.
 */
@IntegrationTest
class CaseDossierTest {

    private static final String OFFICER = basic("officer", "officer");
    private static final String OFFICE = bearer("dev-registration-office");
    private static final Pattern REMOTE = Pattern.compile("(src|href|action)=\"(https?:)?//", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    DocumentStore documents;

    private record Opened(UUID caseId, String registrationNumber) {
    }

    private Opened open(Http http) {
        String number = TestIds.registrationNumber();
        Http.Response created = http.postJson("/api/v1/death-notices", OFFICE, Notices.valid(number));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        return new Opened(UUID.fromString(created.json().get("caseId").asText()), number);
    }

    @Test
    void onlyOfficersAndAdministratorsOpenTheDossierAndNothingOnItChangesACase() {
        Http http = new Http(port);
        Opened c = open(http);
        String dossier = "/officers/cases/" + c.caseId();

        Http.Response anonymous = http.get(dossier, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).as("the browser asks for the officer's credentials")
                .isEqualTo("Basic realm=\"OurData Estate officers\"");
        assertThat(http.get("/officers/cases", null).status()).isEqualTo(401);
        // The API the dossier links its documents to asks in the same realm, so the browser answers it unasked.
        assertThat(http.get("/api/v1/cases/" + c.caseId() + "/documents", null).raw().headers().allValues("WWW-Authenticate"))
                .containsExactly("Bearer", "Basic realm=\"OurData Estate officers\"");
        assertThat(http.get(dossier, OFFICE).status()).as("a registration office's key is no engine identity").isEqualTo(401);
        assertThat(http.get(dossier, bearer("dev-LAND")).status()).as("nor is an institution's").isEqualTo(401);
        assertThat(http.get(dossier, basic("nobody", "officer")).status()).isEqualTo(401);

        // Own users: a wrong password locks an engine user for a moment, which must not slow the demo officer down.
        String officer = "dossierofficer" + UUID.randomUUID().toString().substring(0, 8);
        String clerk = "dossierclerk" + UUID.randomUUID().toString().substring(0, 8);
        newUser(officer, "the-right-password", EngineIdentityAuthenticationProvider.OFFICERS_GROUP);
        newUser(clerk, "clerk-password", null);
        try {
            assertThat(http.get(dossier, basic(officer, "a-guess")).status()).isEqualTo(401);
            assertThat(http.get(dossier, basic(clerk, "clerk-password")).status())
                    .as("an engine user who is neither officer nor administrator").isEqualTo(403);
        } finally {
            identity.deleteUser(officer);
            identity.deleteUser(clerk);
        }
        assertThat(http.get(dossier, basic("admin", "admin")).status()).as("an administrator").isEqualTo(200);

        // Read-only: no method but GET, even for an officer.
        Http.Response post = http.postJson(dossier, OFFICER, "{}");
        assertThat(post.status()).isEqualTo(403);
        Http.Response delete = http.send(HttpRequest.newBuilder(URI.create(http.base() + dossier))
                .header("Authorization", OFFICER).DELETE().build());
        assertThat(delete.status()).isEqualTo(403);

        // The officers' way in: /officers leads to the list; unknown or malformed case ids are a page, not an error.
        Http.Response entry = http.get("/officers", OFFICER);
        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.header("Location")).endsWith("/officers/cases");
        Http.Response unknown = http.get("/officers/cases/" + UUID.randomUUID(), OFFICER);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("text/html");
        assertThat(unknown.body()).contains("查無此案件");
        assertThat(http.get("/officers/cases/not-a-case", OFFICER).status()).isEqualTo(404);
    }

    @Test
    void theCaseListShowsTheNewestCasesAndFindsOneByItsRegistrationNumber() {
        Http http = new Http(port);
        Opened older = open(http);
        Opened newer = open(http);

        Http.Response list = http.get("/officers/cases", OFFICER);
        assertThat(list.status()).isEqualTo(200);
        assertPage(list);
        String body = list.body();
        assertThat(body).contains("href=\"/officers/cases/" + newer.caseId() + "\"")
                .contains(newer.registrationNumber()).contains("王大明").contains("辦理中").contains("<th scope=\"col\"");
        assertThat(body.indexOf(newer.registrationNumber())).as("newest first")
                .isLessThan(body.indexOf(older.registrationNumber()));

        Http.Response found = http.get("/officers/cases?number=" + older.registrationNumber(), OFFICER);
        assertThat(found.body()).contains("href=\"/officers/cases/" + older.caseId() + "\"")
                .doesNotContain(newer.registrationNumber());
        Http.Response none = http.get("/officers/cases?number=no-such-number%25_", OFFICER);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body()).contains("id=\"no-cases\"").doesNotContain("href=\"/officers/cases/");
    }

    @Test
    void theDossierOfAnApprovedCaseShowsItAllWithMaskedIdsAndEveryReadIsInTheAuditTrail() {
        Http http = new Http(port);
        OnboardedFamily family = OnboardedFamily.postOnboardAndStayLoggedIn(port, jdbc, runtime, 1);
        UUID caseId = family.caseId;
        String dossier = "/officers/cases/" + caseId;
        Officer officer = new Officer(port, jdbc, tasks);

        // An heir logged in to the portal is no officer, whatever their session cookie.
        Http.Response heir = family.heirs.get(0).portal().get(dossier);
        assertThat(heir.status()).isIn(401, 403);
        assertThat(heir.body()).doesNotContain("王大明");

        // The review waits in Tasklist: the dossier lists it with its link.
        String process = officer.processOf(caseId);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment").count() == 1);
        Task review = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment").singleResult();
        String waiting = http.get(dossier, OFFICER).body();
        assertThat(waiting).contains("/camunda/app/tasklist/default/#/?task=" + review.getId()).contains("審核遺產稅")
                .contains("待審核");

        officer.approveTaxAssessment(caseId);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> !documents.ofCase(caseId).isEmpty());
        List<StoredDocument> issued = documents.ofCase(caseId);

        int readsBefore = dossierReads(caseId);
        Http.Response page = http.get(dossier, OFFICER);
        assertThat(page.status()).isEqualTo(200);
        assertPage(page);
        String body = page.body();

        // The case, its decedent and its heirs, every national ID masked and none in clear.
        String number = jdbc.sql("select registration_number from estate_case where id = :c").param("c", caseId)
                .query(String.class).single();
        assertThat(body).contains(number).contains("王大明").contains("<title>案件卷宗 " + number);
        List<String> clearIds = new ArrayList<>(jdbc.sql("select decedent_national_id from estate_case where id = :c")
                .param("c", caseId).query(String.class).list());
        jdbc.sql("select national_id, guardian_national_id from heir where case_id = :c").param("c", caseId)
                .query((rs, n) -> {
                    clearIds.add(rs.getString(1));
                    if (rs.getString(2) != null) {
                        clearIds.add(rs.getString(2));
                    }
                    return null;
                }).list();
        assertThat(clearIds).hasSize(7);
        for (String heirId : jdbc.sql("select national_id from heir where case_id = :c").param("c", caseId)
                .query(String.class).list()) {
            assertThat(body).contains(NationalId.mask(heirId));
        }
        for (String clear : clearIds) {
            assertThat(body).as("a national ID in clear").doesNotContain(clear);
        }
        assertThat(body).contains("林美麗").contains("王小明").contains("王小寶")
                .contains("由法定代理人辦理").contains("已於被繼承人之前死亡").contains("憑證");
        assertThat(body).as("the proxy, and how the heirs chose them").contains("class=\"tag proxy\"")
                .contains("全體繼承人委任同一人");

        // Every institution's query, answered (the demo's simulated institutions answered them all).
        assertThat(Pattern.compile("data-institution=\"").matcher(body).results().count()).isEqualTo(9);
        assertThat(body).contains("9</span> / <span>9</span> 個機關已回覆").contains("已回覆");

        // The approved tax, line by line with its legal basis, and the issued documents with their audited downloads.
        assertThat(body).contains("已核定").contains("應納遺產稅額").contains("遺產及贈與稅法第18條");
        assertThat(issued).isNotEmpty();
        for (StoredDocument d : issued) {
            String link = "/api/v1/cases/" + caseId + "/documents/" + d.id() + "/content";
            assertThat(body).contains("href=\"" + link + "\"");
            assertThat(http.getBytes(link, OFFICER)).startsWith("%PDF".getBytes());
        }
        assertThat(body).as("the review task is done").doesNotContain("?task=" + review.getId());

        // The read is in the case's trail, naming every heir, and the page shows it at the top of the trail.
        assertThat(dossierReads(caseId)).isEqualTo(readsBefore + 1);
        List<UUID> subjects = jdbc.sql("""
                        select unnest(data_subjects) from audit_event where case_id = :c and action = 'CASE_READ'
                        and sequence = (select max(sequence) from audit_event where case_id = :c and action = 'CASE_READ')
                        """).param("c", caseId).query(UUID.class).list();
        assertThat(subjects).containsExactlyInAnyOrderElementsOf(jdbc.sql("select id from heir where case_id = :c")
                .param("c", caseId).query(UUID.class).list());
        int trailStart = body.indexOf("id=\"audit\"");
        assertThat(trailStart).isPositive();
        String trail = body.substring(trailStart);
        assertThat(trail).contains("讀取案件").contains("case dossier page").contains("製作文件");
        assertThat(trail.indexOf("case dossier page")).as("newest first").isLessThan(trail.indexOf("收到死亡登記通報"));
        assertThat(body).contains("雜湊鏈完整");

        // The list leads to it.
        assertThat(http.get("/officers/cases?number=" + number, OFFICER).body()).contains("href=\"" + dossier + "\"");
    }

    private int dossierReads(UUID caseId) {
        return jdbc.sql("""
                        select count(*) from audit_event where case_id = :c and action = 'CASE_READ'
                        and actor_kind = 'OFFICER' and actor_id = 'officer' and detail = :detail
                        """).param("c", caseId).param("detail", CaseDossiers.READ_THROUGH).query(Integer.class).single();
    }

    /** What every officer page is: Traditional Chinese first, landmarks, nothing loaded from elsewhere, no referrer. */
    private static void assertPage(Http.Response page) {
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"zh-Hant-TW\">").contains("<header").contains("<main id=\"main\"")
                .contains("<nav").contains("<footer").contains("href=\"#main\"")
                .contains("href=\"/assets/officers/officers.css\"").doesNotContain("<script");
        assertThat(REMOTE.matcher(page.body()).find()).as("loads something from elsewhere").isFalse();
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'").contains("style-src 'self'");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Set-Cookie")).as("no session").isNull();
        assertThat(page.header("Cache-Control")).contains("no-store");
    }

    private void newUser(String id, String password, String group) {
        User user = identity.newUser(id);
        user.setPassword(password);
        identity.saveUser(user);
        if (group != null) {
            identity.createMembership(id, group);
        }
    }
}
