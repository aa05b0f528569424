package tw.ourdata.estate.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.heirs.OnboardedFamily;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.TestIds;

/**
 * An heir may sign with their own citizen certificate instead of one the platform issues, when it
 * chains to a configured trust anchor (in demo mode the demo citizen CA stands for the MOICA).
 */
@IntegrationTest
class OwnCitizenCertificateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    PartitionAgreements agreements;

    private JsonNode citizenCertificate(String nationalId, String name) {
        Http.Response r = new Http(port).postJson("/api/v1/dev/citizen-certificates", null,
                JSON.createObjectNode().put("nationalId", nationalId).put("name", name).toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static String register(OnboardedFamily.LoggedIn heir, String chainPem) {
        return JSON.createObjectNode().put("certificateChain", chainPem).toString();
    }

    @Test
    void anHeirSignsWithTheirOwnCitizenCertificateAndNobodyElsesIsAccepted() throws Exception {
        OnboardedFamily family = OnboardedFamily.postOnboardAndStayLoggedIn(port, jdbc, runtime, 1);
        OnboardedFamily.LoggedIn son = family.heirs.get(1);
        StoredDocument agreement = agreements.draft(family.caseId);

        JsonNode stranger = citizenCertificate(TestIds.citizen(1), "陌生人");
        Http.Response refused = son.portal().post("/api/v1/portal/heirs/" + son.heirId() + "/signing-certificate",
                register(son, stranger.get("certificatePem").asText() + stranger.get("caCertificatePem").asText()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("SERIALNUMBER");

        JsonNode own = citizenCertificate(son.actingNationalId(), son.actingName());
        Http.Response registered = son.portal().post("/api/v1/portal/heirs/" + son.heirId() + "/signing-certificate",
                register(son, own.get("certificatePem").asText() + own.get("caCertificatePem").asText()));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        Http.Response prepared = son.portal().post("/api/v1/portal/documents/" + agreement.id() + "/signing-sessions",
                "{\"heirId\":\"" + son.heirId() + "\",\"revision\":1}");
        assertThat(prepared.status()).as(prepared.body()).isEqualTo(201);
        Http.Response completed = son.portal().post("/api/v1/portal/signing-sessions/"
                        + prepared.json().get("signingSessionId").asText() + "/complete",
                "{\"signature\":\"" + sign(own.get("privateKeyPem").asText(), prepared.json().get("dataToSign").asText()) + "\"}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);

        byte[] pdf = son.portal().getBytes("/api/v1/portal/documents/" + agreement.id() + "/content").body();
        Http.Response report = new Http(port).send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/documents/verify"))
                .header("Content-Type", "application/pdf").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(pdf)).build());
        assertThat(report.status()).isEqualTo(200);
        JsonNode signature = report.json().get("signatures").get(0);
        assertThat(signature.get("chainStatus").asText()).isEqualTo("VALID");
        assertThat(signature.get("intact").asBoolean()).isTrue();
        assertThat(signature.get("signerName").asText()).isEqualTo(son.actingName());
    }

    private static String sign(String privateKeyPem, String dataToSignBase64) throws Exception {
        try (PEMParser parser = new PEMParser(new StringReader(privateKeyPem))) {
            // The JDK's own EC key, as a browser's WebCrypto key would sign with the JDK's P1363 ECDSA.
            PrivateKey key = java.security.KeyFactory.getInstance("EC").generatePrivate(
                    new java.security.spec.PKCS8EncodedKeySpec(((PrivateKeyInfo) parser.readObject()).getEncoded()));
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initSign(key);
            s.update(Base64.getDecoder().decode(dataToSignBase64));
            return Base64.getEncoder().encodeToString(s.sign());
        }
    }
}
