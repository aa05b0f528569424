package tw.ourdata.estate.heirs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

import tw.ourdata.estate.support.Http;

/** The heir's side of certificate verification: a demo citizen certificate, and signing the server's nonce with its key. */
final class DemoCertificates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoCertificates() {
    }

    record Held(String certificatePem, String privateKeyPem) {
    }

    static Held issue(Http http, String nationalId, String name) {
        Http.Response r = http.postJson("/api/v1/dev/citizen-certificates", null,
                "{\"nationalId\":\"" + nationalId + "\",\"name\":\"" + name + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Held(r.json().get("certificatePem").asText(), r.json().get("privateKeyPem").asText());
    }

    static String sign(String privateKeyPem, String text) {
        try (PEMParser parser = new PEMParser(new StringReader(privateKeyPem))) {
            PrivateKey key = new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) parser.readObject());
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks for a challenge on this invitation and answers it with the certificate held. */
    static Http.Response answerChallenge(Portal portal, String token, Held held) {
        Http.Response challenge = portal.post("/api/v1/portal/invitations/" + token + "/certificate-challenges", "{}");
        assertThat(challenge.status()).as(challenge.body()).isEqualTo(201);
        return answer(portal, token, challenge.json(), held);
    }

    static Http.Response answer(Portal portal, String token, JsonNode challenge, Held held) {
        String body = JSON.createObjectNode().put("certificate", held.certificatePem())
                .put("signature", sign(held.privateKeyPem(), challenge.get("nonce").asText())).toString();
        return portal.post("/api/v1/portal/invitations/" + token + "/certificate-challenges/"
                + challenge.get("challengeId").asText(), body);
    }
}
