package tw.ourdata.estate.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.NationalId;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.heirs.OnboardedFamily;
import tw.ourdata.estate.heirs.Portal;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * The four heirs of a family (spouse, son, daughter, and the minor grandchild through the guardian) sign their
 * partition agreement through the portal API, as their browsers would: a certificate for their own P-256 key, then
 * prepare → sign the returned bytes with WebCrypto's ECDSA → complete, one after another.
 */
@IntegrationTest
class PartitionAgreementSigningTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    PartitionAgreements agreements;
    @Autowired
    AuditTrail audit;

    private OnboardedFamily family() {
        return OnboardedFamily.postOnboardAndStayLoggedIn(port, jdbc, runtime, 1);
    }

    private List<Signer> signers(OnboardedFamily family) {
        return family.heirs.stream().map(Signer::new).toList();
    }

    @Test
    void everyHeirSignsInTurnAndTheAgreementVerifiesWithFourSignaturesAndAnArchiveTimestamp() throws Exception {
        OnboardedFamily family = family();
        StoredDocument agreement = agreements.draft(family.caseId);
        assertThat(agreement.status().name()).isEqualTo("SIGNING");
        assertThat(agreement.latestRevision()).isEqualTo(1);
        List<Signer> signers = signers(family);

        JsonNode before = signers.get(0).portal.get("/api/v1/portal/documents/" + agreement.id()).json();
        assertThat(before.get("status").asText()).isEqualTo("SIGNING");
        assertThat(fields(before)).containsExactly("heir-0", "heir-1", "heir-2", "heir-4");
        assertThat(before.get("signatures").get(3).get("signerName").asText()).isEqualTo(family.heirs.get(3).actingName());
        assertThat(before.get("signatures").get(3).get("asGuardian").asBoolean()).isTrue();

        int revision = 1;
        for (int i = 0; i < signers.size(); i++) {
            Signer signer = signers.get(i).certified();
            JsonNode session = signer.prepared(agreement.id(), revision);
            assertThat(session.get("fieldName").asText()).isEqualTo("heir-" + signer.heir.position());
            assertThat(session.get("revision").asInt()).isEqualTo(revision);
            byte[] toSign = Base64.getDecoder().decode(session.get("dataToSign").asText());
            assertThat(session.get("dataToSignSha256").asText()).isEqualTo(java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(toSign)));
            Http.Response done = signer.complete(session);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat(done.json().get("revision").asInt()).isEqualTo(revision + 1);
            revision++;
            if (i < signers.size() - 1) {
                assertThat(done.json().get("status").asText()).isEqualTo("SIGNING");
                assertThat(done.json().get("unsignedFields")).hasSize(signers.size() - 1 - i);
            } else {
                assertThat(done.json().get("status").asText()).isEqualTo("SIGNED");
                assertThat(done.json().get("latestRevision").asInt()).isEqualTo(revision + 1);
            }
        }

        JsonNode after = signers.get(2).portal.get("/api/v1/portal/documents/" + agreement.id()).json();
        assertThat(after.get("status").asText()).isEqualTo("SIGNED");
        assertThat(after.get("revisions")).hasSize(6);
        assertThat(after.get("revisions").get(5).get("reason").asText()).contains("B-LTA");
        for (int i = 0; i < 4; i++) {
            assertThat(after.get("signatures").get(i).get("signed").asBoolean()).isTrue();
            assertThat(after.get("signatures").get(i).get("signedRevision").asInt()).isEqualTo(i + 2);
        }

        Portal.Binary pdf = signers.get(3).portal.getBytes("/api/v1/portal/documents/" + agreement.id() + "/content");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        Portal.Binary first = signers.get(3).portal.getBytes("/api/v1/portal/documents/" + agreement.id() + "/content?revision=1");
        assertThat(pdf.body().length).isGreaterThan(first.body().length);

        Http.Response verified = new Http(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/documents/verify")).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf.body())).build());
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        JsonNode report = verified.json();
        assertThat(report.get("verdict").asText()).as(report.toString()).isEqualTo("VALID");
        assertThat(report.get("signatures")).hasSize(4);
        assertThat(report.get("documentTimestamps")).isNotEmpty();
        assertThat(report.get("unsignedFields")).isEmpty();
        for (int i = 0; i < 4; i++) {
            OnboardedFamily.LoggedIn heir = family.heirs.get(i);
            JsonNode signature = report.get("signatures").get(i);
            assertThat(signature.get("fieldName").asText()).isEqualTo("heir-" + heir.position());
            assertThat(signature.get("signerName").asText()).isEqualTo(heir.actingName());
            assertThat(signature.get("maskedNationalId").asText()).isEqualTo(NationalId.mask(heir.actingNationalId()));
            assertThat(signature.get("verdict").asText()).isEqualTo("VALID");
        }
        // The minor's signature is the guardian's, not the child's.
        assertThat(report.get("signatures").get(3).get("signerName").asText()).isNotEqualTo(family.heirs.get(3).name());
        assertThat(report.toString()).doesNotContain(family.heirs.get(0).actingNationalId());

        List<String> actions = audit.events(family.caseId).stream().map(e -> e.action()).toList();
        assertThat(actions.stream().filter("SIGNATURE_COMPLETED"::equals)).hasSize(4);
        assertThat(actions).contains("SIGNING_CERTIFICATE_ISSUED", "SIGNATURE_PREPARED", "DOCUMENT_SIGNED");
        assertThat(audit.verify(family.caseId)).isNull();

        // Signed is final: no more sessions.
        Http.Response again = signers.get(0).prepare(agreement.id(), 6);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("reason").asText()).isEqualTo("NOT_OPEN_FOR_SIGNING");
    }

    @Test
    void aSignatureThatIsNotTheHeirsOwnOverThisSessionIsRefusedAndASessionPreparedBeforeAnotherHeirSignedIsStale() {
        OnboardedFamily family = family();
        StoredDocument agreement = agreements.draft(family.caseId);
        List<Signer> signers = signers(family);
        Signer spouse = signers.get(0);
        Signer son = signers.get(1);
        Signer daughter = signers.get(2);

        Http.Response noCertificate = spouse.prepare(agreement.id(), 1);
        assertThat(noCertificate.status()).isEqualTo(409);
        assertThat(noCertificate.json().get("reason").asText()).isEqualTo("NO_SIGNING_CERTIFICATE");

        Http.Response badKey = spouse.portal.post("/api/v1/portal/heirs/" + spouse.heir.heirId() + "/signing-certificate",
                "{\"publicKey\":\"" + Base64.getEncoder().encodeToString(p384PublicKey()) + "\"}");
        assertThat(badKey.status()).as(badKey.body()).isEqualTo(422);
        assertThat(badKey.body()).contains("P-256");
        Http.Response notAKey = spouse.portal.post("/api/v1/portal/heirs/" + spouse.heir.heirId() + "/signing-certificate",
                "{\"publicKey\":\"aGVsbG8=\"}");
        assertThat(notAKey.status()).isEqualTo(422);

        // The son cannot get a certificate for his sister, nor use her session.
        Http.Response forOther = son.portal.post("/api/v1/portal/heirs/" + daughter.heir.heirId() + "/signing-certificate",
                "{\"publicKey\":\"" + Base64.getEncoder().encodeToString(son.key.getPublic().getEncoded()) + "\"}");
        assertThat(forOther.status()).isEqualTo(404);

        spouse.certified();
        son.certified();
        daughter.certified();
        JsonNode spouseSession = spouse.prepared(agreement.id(), 1);
        JsonNode sonSession = son.prepared(agreement.id(), 1);
        JsonNode daughterSession = daughter.prepared(agreement.id(), 1);

        // Made with another key (the son's own, not the key his certificate was issued for).
        Http.Response otherKey = son.completeWith(sonSession, Signer.sign(Signer.newKey().getPrivate(), sonSession));
        assertThat(otherKey.status()).as(otherKey.body()).isEqualTo(422);
        assertThat(otherKey.json().get("reason").asText()).isEqualTo("SIGNATURE_INVALID");
        // The daughter's signature of her own session, sent as the son's.
        Http.Response othersSignature = son.completeWith(sonSession, Signer.sign(daughter.key.getPrivate(), daughterSession));
        assertThat(othersSignature.status()).isEqualTo(422);
        assertThat(othersSignature.json().get("reason").asText()).isEqualTo("SIGNATURE_INVALID");
        assertThat(othersSignature.json().get("detail").asText()).contains("not made over this session");
        // The son completing his sister's session: not his to see.
        Http.Response othersSession = son.portal.post("/api/v1/portal/signing-sessions/"
                + daughterSession.get("signingSessionId").asText() + "/complete",
                "{\"signature\":\"" + Signer.sign(son.key.getPrivate(), daughterSession) + "\"}");
        assertThat(othersSession.status()).isEqualTo(404);

        assertThat(spouse.complete(spouseSession).status()).isEqualTo(200);
        Http.Response used = spouse.complete(spouseSession);
        assertThat(used.status()).isEqualTo(409);
        assertThat(used.json().get("reason").asText()).isEqualTo("SESSION_USED");

        // Prepared on revision 1, but the spouse's signature made revision 2: the son prepares again.
        Http.Response stale = son.complete(sonSession);
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("reason").asText()).isEqualTo("STALE_REVISION");
        assertThat(son.prepare(agreement.id(), 1).status()).isEqualTo(409);
        JsonNode sonAgain = son.prepared(agreement.id(), 2);
        Http.Response signed = son.complete(sonAgain);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("revision").asInt()).isEqualTo(3);

        JsonNode view = spouse.portal.get("/api/v1/portal/documents/" + agreement.id()).json();
        assertThat(view.get("latestRevision").asInt()).isEqualTo(3);
        assertThat(view.get("signatures").get(0).get("signed").asBoolean()).isTrue();
        assertThat(view.get("signatures").get(1).get("signed").asBoolean()).isTrue();
        assertThat(view.get("signatures").get(2).get("signed").asBoolean()).isFalse();
        assertThat(audit.events(family.caseId).stream().filter(e -> e.action().equals("SIGNATURE_REJECTED"))).hasSize(2);

        // The daughter's session, prepared on revision 1, is stale now anyway; an expired one is gone.
        jdbc.sql("update signing_session set expires_at = now() - interval '1 second' where id = :id")
                .param("id", java.util.UUID.fromString(daughterSession.get("signingSessionId").asText())).update();
        Http.Response expired = daughter.complete(daughterSession);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.json().get("reason").asText()).isEqualTo("SESSION_EXPIRED");
    }

    @Test
    void twoHeirsCompletingOnTheSameRevisionAtOnceGetExactlyOneSignatureIn() throws Exception {
        OnboardedFamily family = family();
        StoredDocument agreement = agreements.draft(family.caseId);
        List<Signer> signers = signers(family);
        Signer son = signers.get(1).certified();
        Signer daughter = signers.get(2).certified();
        JsonNode sonSession = son.prepared(agreement.id(), 1);
        JsonNode daughterSession = daughter.prepared(agreement.id(), 1);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Http.Response>> results = new ArrayList<>();
            for (Callable<Http.Response> call : List.<Callable<Http.Response>>of(
                    () -> {
                        start.await();
                        return son.complete(sonSession);
                    },
                    () -> {
                        start.await();
                        return daughter.complete(daughterSession);
                    })) {
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Http.Response> responses = new ArrayList<>();
            for (Future<Http.Response> f : results) {
                responses.add(f.get());
            }
            assertThat(responses.stream().map(Http.Response::status).sorted().toList()).as(responses.toString())
                    .containsExactly(200, 409);
            Http.Response loser = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(loser.json().get("reason").asText()).isEqualTo("STALE_REVISION");
        } finally {
            pool.shutdownNow();
        }
        JsonNode view = son.portal.get("/api/v1/portal/documents/" + agreement.id()).json();
        assertThat(view.get("latestRevision").asInt()).isEqualTo(2);
        long signedCount = 0;
        for (JsonNode s : view.get("signatures")) {
            signedCount += s.get("signed").asBoolean() ? 1 : 0;
        }
        assertThat(signedCount).isEqualTo(1);
    }

    @Test
    void aOneTimeCodeSessionSignsInDemoModeAndAnHeirOfAnotherFamilySeesNothing() {
        OnboardedFamily family = family();
        StoredDocument agreement = agreements.draft(family.caseId);
        // Demo mode (the tests' server) lowers the default requirement to the one-time code the portal demo uses.
        Portal byCode = family.logInWithOneTimeCode(family.heirs.get(1));
        Signer son = new Signer(family.heirs.get(1), byCode).certified();
        assertThat(son.sign(agreement.id(), 1).get("revision").asInt()).isEqualTo(2);

        OnboardedFamily other = family();
        Signer stranger = new Signer(other.heirs.get(0)).certified();
        Http.Response prepare = stranger.prepare(agreement.id(), 2);
        assertThat(prepare.status()).isEqualTo(404);
        // Not even by naming an heir of the document's family.
        Http.Response asOther = stranger.portal.post("/api/v1/portal/documents/" + agreement.id() + "/signing-sessions",
                "{\"heirId\":\"" + family.heirs.get(0).heirId() + "\",\"revision\":2}");
        assertThat(asOther.status()).isEqualTo(404);
        assertThat(stranger.portal.get("/api/v1/portal/documents/" + agreement.id()).status()).isEqualTo(404);
        assertThat(stranger.portal.getBytes("/api/v1/portal/documents/" + agreement.id() + "/content").status())
                .isEqualTo(404);
        // Nor use a session of that family.
        JsonNode spouseSession = new Signer(family.heirs.get(0)).certified().prepared(agreement.id(), 2);
        assertThat(stranger.completeWith(spouseSession, Signer.sign(stranger.key.getPrivate(), spouseSession)).status())
                .isEqualTo(404);
        // And without a portal session at all: 401.
        assertThat(new Portal(port).get("/api/v1/portal/documents/" + agreement.id()).status()).isEqualTo(401);
    }

    private static List<String> fields(JsonNode view) {
        List<String> names = new ArrayList<>();
        view.get("signatures").forEach(s -> names.add(s.get("fieldName").asText()));
        return names;
    }

    private static byte[] p384PublicKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp384r1"));
            return g.generateKeyPair().getPublic().getEncoded();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
