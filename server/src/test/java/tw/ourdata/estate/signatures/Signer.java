package tw.ourdata.estate.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import tw.ourdata.estate.heirs.OnboardedFamily;
import tw.ourdata.estate.heirs.Portal;
import tw.ourdata.estate.support.Http;

/**
 * An heir's browser in the signing portal: a non-extractable WebCrypto key is, for the test, an EC P-256 key pair
 * made here, and the signature is what {@code crypto.subtle.sign({name: "ECDSA", hash: "SHA-256"}, ...)} returns:
 * IEEE P1363 r||s over the bytes it was given.
 */
public final class Signer {

    public final OnboardedFamily.LoggedIn heir;
    public final Portal portal;
    final KeyPair key;

    public Signer(OnboardedFamily.LoggedIn heir) {
        this(heir, heir.portal());
    }

    Signer(OnboardedFamily.LoggedIn heir, Portal portal) {
        this.heir = heir;
        this.portal = portal;
        this.key = newKey();
    }

    static KeyPair newKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Http.Response requestCertificate() {
        return portal.post("/api/v1/portal/heirs/" + heir.heirId() + "/signing-certificate",
                "{\"publicKey\":\"" + Base64.getEncoder().encodeToString(key.getPublic().getEncoded()) + "\"}");
    }

    public Signer certified() {
        Http.Response r = requestCertificate();
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return this;
    }

    public Http.Response prepare(UUID documentId, int revision) {
        return portal.post("/api/v1/portal/documents/" + documentId + "/signing-sessions",
                "{\"heirId\":\"" + heir.heirId() + "\",\"revision\":" + revision + "}");
    }

    public JsonNode prepared(UUID documentId, int revision) {
        Http.Response r = prepare(documentId, revision);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    public Http.Response complete(JsonNode session) {
        return completeWith(session, sign(key.getPrivate(), session));
    }

    Http.Response completeWith(JsonNode session, String signature) {
        return portal.post("/api/v1/portal/signing-sessions/" + session.get("signingSessionId").asText() + "/complete",
                "{\"signature\":\"" + signature + "\"}");
    }

    /** Prepares on the revision given and completes: one heir's whole signature. */
    public JsonNode sign(UUID documentId, int revision) {
        Http.Response r = complete(prepared(documentId, revision));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static String sign(PrivateKey key, JsonNode session) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initSign(key);
            s.update(Base64.getDecoder().decode(session.get("dataToSign").asText()));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
