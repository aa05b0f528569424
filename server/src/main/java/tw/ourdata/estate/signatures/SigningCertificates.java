package tw.ourdata.estate.signatures;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.common.NationalId;
import tw.ourdata.estate.heirs.OnboardingHeir;
import tw.ourdata.estate.heirs.PortalPerson;
import tw.ourdata.estate.signing.ca.HeirIdentity;
import tw.ourdata.estate.signing.ca.PlatformCa;
import tw.ourdata.estate.signing.trust.CertificateChainValidator;
import tw.ourdata.estate.signing.trust.TrustAnchors;
import tw.ourdata.estate.signing.ca.UnsupportedHeirKeyException;

/**
 * Heirs' signing certificates: the platform CA certifies the public key the heir's browser created (WebCrypto,
 * non-extractable), bound to the identity the portal login verified. A minor heir's guardian signs for them, so
 * the certificate names the guardian.
 */
@Service
class SigningCertificates {

    private final PlatformCa ca;
    private final SignerAccess access;
    private final SigningSettings settings;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final TrustAnchors trust;

    SigningCertificates(PlatformCa ca, SignerAccess access, SigningSettings settings, JdbcClient jdbc, AuditTrail audit,
            Clock clock, TrustAnchors trust) {
        this.trust = trust;
        this.ca = ca;
        this.access = access;
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the heir gets back: the chain to install beside the key, heir certificate first. */
    record Issued(UUID heirId, String serialNumber, String subjectName, String maskedNationalId, Instant notBefore,
            Instant notAfter, String certificateChainPem) {
    }

    /** An issued certificate as stored, with its chain rebuilt from the CA. */
    record Held(String serialNumber, X509Certificate certificate, List<X509Certificate> chain) {
    }

    @Transactional
    Issued issue(PortalPerson person, UUID heirId, String publicKey) {
        OnboardingHeir heir = access.heirActedForBy(person, heirId);
        settings.requireAssurance(person);
        byte[] spki = decodePublicKey(publicKey);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // A minute back: a browser or another node whose clock runs a little behind still sees it valid.
        Instant notBefore = now.minus(1, ChronoUnit.MINUTES);
        Instant notAfter = now.plus(settings.certificateValidity());
        X509Certificate cert;
        try {
            cert = ca.issueHeirCertificate(new HeirIdentity(heir.actingName(), heir.actingNationalId()), spki, notBefore,
                    notAfter);
        } catch (UnsupportedHeirKeyException e) {
            throw ApiException.invalid(List.of(new FieldProblem("publicKey", e.getMessage()
                    + " (supported: ECDSA P-256, as WebCrypto generates with namedCurve P-256, or RSA of 2048 bits or more)")));
        }
        String serial = cert.getSerialNumber().toString(16);
        String pem = pem(List.of(cert));
        jdbc.sql("""
                        insert into heir_signing_certificate (serial_number, heir_id, subject, not_before, not_after,
                            certificate_pem, issued_at)
                        values (:serial, :heir, :subject, :from, :to, :pem, :now)
                        """)
                .param("serial", serial).param("heir", heirId).param("subject", cert.getSubjectX500Principal().getName())
                .param("from", Timestamp.from(cert.getNotBefore().toInstant()))
                .param("to", Timestamp.from(cert.getNotAfter().toInstant())).param("pem", pem)
                .param("now", Timestamp.from(now)).update();
        audit.record(heir.caseId(), SignerAccess.actor(heir), "SIGNING_CERTIFICATE_ISSUED", List.of(heirId),
                "signing certificate " + serial + " for " + (heir.actsThroughGuardian() ? "the guardian of " : "")
                        + "heir " + heir.position() + ", valid until " + cert.getNotAfter().toInstant());
        return new Issued(heirId, serial, heir.actingName(), NationalId.mask(heir.actingNationalId()),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(), pem(ca.chainOf(cert)));
    }

    /**
     * The heir's own citizen certificate instead of one the platform issues: accepted when it
     * chains to a configured trust anchor, is valid and not revoked now, may sign (key usage
     * digitalSignature or nonRepudiation) and names the signer's national ID as SERIALNUMBER.
     */
    @Transactional
    Issued register(PortalPerson person, UUID heirId, String chainPem) {
        OnboardingHeir heir = access.heirActedForBy(person, heirId);
        settings.requireAssurance(person);
        List<X509Certificate> chain;
        try {
            chain = Pems.certificates(chainPem);
        } catch (RuntimeException e) {
            chain = List.of();
        }
        if (chain.isEmpty()) {
            throw ApiException.invalid(List.of(new FieldProblem("certificateChain", "no PEM certificate found")));
        }
        X509Certificate cert = chain.get(0);
        Instant now = clock.instant();
        CertificateChainValidator.Result result = new CertificateChainValidator(trust)
                .validate(cert, chain.subList(1, chain.size()), now, now, List.of());
        if (!result.valid()) {
            throw ApiException.invalid(List.of(new FieldProblem("certificateChain", result.status() + ": " + result.detail())));
        }
        boolean[] usage = cert.getKeyUsage();
        if (usage != null && !(usage[0] || usage[1])) {
            throw ApiException.invalid(List.of(new FieldProblem("certificateChain", "the certificate may not sign (key usage)")));
        }
        if (!heir.actingNationalId().equals(serialNumberOf(cert))) {
            throw ApiException.invalid(List.of(new FieldProblem("certificateChain",
                    "the certificate is not " + (heir.actsThroughGuardian() ? "the guardian's" : "the heir's") + " (SERIALNUMBER)")));
        }
        String serial = cert.getSerialNumber().toString(16);
        String pem = pem(result.path());
        jdbc.sql("""
                        insert into heir_signing_certificate (serial_number, heir_id, subject, not_before, not_after,
                            certificate_pem, issued_at)
                        values (:serial, :heir, :subject, :from, :to, :pem, :now)
                        """)
                .param("serial", serial).param("heir", heirId).param("subject", cert.getSubjectX500Principal().getName())
                .param("from", Timestamp.from(cert.getNotBefore().toInstant()))
                .param("to", Timestamp.from(cert.getNotAfter().toInstant())).param("pem", pem)
                .param("now", Timestamp.from(now.truncatedTo(ChronoUnit.SECONDS))).update();
        audit.record(heir.caseId(), SignerAccess.actor(heir), "SIGNING_CERTIFICATE_REGISTERED", List.of(heirId),
                "own certificate " + serial + " of " + cert.getIssuerX500Principal().getName() + " for "
                        + (heir.actsThroughGuardian() ? "the guardian of " : "") + "heir " + heir.position());
        return new Issued(heirId, serial, heir.actingName(), NationalId.mask(heir.actingNationalId()),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(), pem);
    }

    private static String serialNumberOf(X509Certificate cert) {
        org.bouncycastle.asn1.x500.X500Name name = org.bouncycastle.asn1.x500.X500Name.getInstance(
                cert.getSubjectX500Principal().getEncoded());
        org.bouncycastle.asn1.x500.RDN[] rdns = name.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.SERIALNUMBER);
        return rdns.length == 0 ? null : org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    /** The newest certificate of this heir that is valid now and not revoked. */
    Optional<Held> current(UUID heirId) {
        Instant now = clock.instant();
        List<String> pems = jdbc.sql("""
                        select certificate_pem from heir_signing_certificate
                        where heir_id = :heir and not_before <= :now and not_after > :now order by issued_at desc
                        """)
                .param("heir", heirId).param("now", Timestamp.from(now)).query(String.class).list();
        for (String pem : pems) {
            List<X509Certificate> stored = Pems.certificates(pem);
            X509Certificate cert = stored.get(0);
            if (stored.size() > 1) {
                // An heir's own citizen certificate, stored with its chain; its CA's revocation is
                // checked again when the signature is completed.
                return Optional.of(new Held(cert.getSerialNumber().toString(16), cert, stored));
            }
            if (!ca.isRevoked(cert.getSerialNumber())) {
                return Optional.of(new Held(cert.getSerialNumber().toString(16), cert, ca.chainOf(cert)));
            }
        }
        return Optional.empty();
    }

    /** SPKI as PEM ("-----BEGIN PUBLIC KEY-----") or as base64 of the DER WebCrypto's exportKey("spki") gives. */
    static byte[] decodePublicKey(String publicKey) {
        if (publicKey == null || publicKey.isBlank()) {
            throw ApiException.invalid(List.of(new FieldProblem("publicKey", "required: the SPKI public key, base64 DER or PEM")));
        }
        String text = publicKey.strip();
        if (text.startsWith("-----BEGIN")) {
            if (!text.startsWith("-----BEGIN PUBLIC KEY-----")) {
                throw ApiException.invalid(List.of(new FieldProblem("publicKey",
                        "a PEM public key must be a 'PUBLIC KEY' (SubjectPublicKeyInfo)")));
            }
            text = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "");
        }
        try {
            return Base64.getMimeDecoder().decode(text.replaceAll("\\s", "").getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(List.of(new FieldProblem("publicKey", "not base64")));
        }
    }

    static String pem(List<X509Certificate> certificates) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (X509Certificate c : certificates) {
                writer.writeObject(c);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
