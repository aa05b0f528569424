package tw.ourdata.estate.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

import tw.ourdata.estate.signing.ca.PlatformCa;
import tw.ourdata.estate.signing.pades.DeferredPadesSigner;
import tw.ourdata.estate.signing.pades.PreparedSignature;
import tw.ourdata.estate.signing.pades.RejectionReason;
import tw.ourdata.estate.signing.pades.SignatureRejectedException;
import tw.ourdata.estate.signing.support.DirectSigner;
import tw.ourdata.estate.signing.support.EstateFixture;
import tw.ourdata.estate.signing.support.PartitionAgreementPdf;
import tw.ourdata.estate.signing.support.TestHeir;
import tw.ourdata.estate.signing.trust.ChainStatus;
import tw.ourdata.estate.signing.trust.TrustAnchors;
import tw.ourdata.estate.signing.verify.SignatureReport;
import tw.ourdata.estate.signing.verify.VerificationReport;
import tw.ourdata.estate.signing.verify.Verdict;

/** Every way a heir's signature must be refused before it reaches the partition agreement. */
class SignatureRejectionTest {
    private static final String FIELD = PartitionAgreementPdf.fieldOf(1);

    private final EstateFixture estate = EstateFixture.get();
    private final byte[] agreement = PartitionAgreementPdf.withSignatureFields(2);
    private final Instant now = Instant.now();

    @Test
    void heirASignatureSubmittedAsHeirBIsRefused() {
        TestHeir heirA = TestHeir.create("陳大文", "A123456789").certifiedBy(estate.ca);
        TestHeir heirB = TestHeir.create("陳美玲", "B223456781").certifiedBy(estate.ca);
        PreparedSignature prepared = estate.signer.prepare(agreement, "heir-2", heirA.chain, now);

        assertRejected(() -> estate.signer.complete(prepared, heirA.signLikeWebCrypto(prepared.dataToSign()),
                heirB.nationalId(), agreement), RejectionReason.SIGNER_MISMATCH);
    }

    @Test
    void aSignatureByAnotherKeyThanTheCertificatesIsRefused() {
        TestHeir heirA = TestHeir.create("陳大文", "A123456789").certifiedBy(estate.ca);
        TestHeir heirB = TestHeir.create("陳美玲", "B223456781").certifiedBy(estate.ca);
        PreparedSignature prepared = estate.signer.prepare(agreement, "heir-2", heirB.chain, now);

        assertRejected(() -> estate.signer.complete(prepared, heirA.signLikeWebCrypto(prepared.dataToSign()),
                heirB.nationalId(), agreement), RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void anExpiredCertificateIsRefused() {
        TestHeir heir = TestHeir.create("陳大文", "A123456789")
                .certifiedBy(estate.ca, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)));

        assertRejected(() -> prepareAndComplete(estate.signer, heir), RejectionReason.CERTIFICATE_EXPIRED);
    }

    @Test
    void aNotYetValidCertificateIsRefused() {
        TestHeir heir = TestHeir.create("陳大文", "A123456789")
                .certifiedBy(estate.ca, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(400)));

        assertRejected(() -> prepareAndComplete(estate.signer, heir), RejectionReason.CERTIFICATE_NOT_YET_VALID);
    }

    @Test
    void aCertificateRevokedBetweenPrepareAndCompleteIsRefused() {
        TestHeir heir = TestHeir.create("陳大文", "A123456789").certifiedBy(estate.ca);
        PreparedSignature prepared = estate.signer.prepare(agreement, FIELD, heir.chain, now);
        byte[] signature = heir.signLikeWebCrypto(prepared.dataToSign());
        estate.ca.revoke(heir.certificate.getSerialNumber());

        assertRejected(() -> estate.signer.complete(prepared, signature, heir.nationalId(), agreement),
                RejectionReason.CERTIFICATE_REVOKED);
    }

    @Test
    void aCertificateFromAnotherCaIsRefusedUnlessThatCaIsConfiguredAsAnExtraAnchor() throws Exception {
        PlatformCa foreign = PlatformCa.openOrCreate(Files.createTempDirectory("foreign-ca"),
                "another-passphrase".toCharArray(), "https://elsewhere.example");
        TestHeir heir = TestHeir.create("陳大文", "A123456789").certifiedBy(foreign);

        assertRejected(() -> prepareAndComplete(estate.signer, heir), RejectionReason.UNTRUSTED_CHAIN);

        // A citizen-certificate CA configured by the operator is trusted like the platform root.
        DeferredPadesSigner withCitizenCa = new DeferredPadesSigner(
                TrustAnchors.of(estate.ca, foreign.rootCertificate()), estate.tsa);
        byte[] signed = prepareAndComplete(withCitizenCa, heir);
        assertThat(estate.verifier.verify(signed).signatures().get(0).chainStatus())
                .isEqualTo(ChainStatus.UNTRUSTED_CHAIN);
    }

    @Test
    void aSignaturePreparedBeforeAnotherHeirSignedIsRefusedAsWrongDocument() {
        TestHeir heirA = TestHeir.create("陳大文", "A123456789").certifiedBy(estate.ca);
        TestHeir heirB = TestHeir.create("陳美玲", "B223456781").certifiedBy(estate.ca);
        PreparedSignature preparedForA = estate.signer.prepare(agreement, "heir-1", heirA.chain, now);
        byte[] afterB = EstateFixture.signInTurn(estate.signer, agreement, "heir-2", heirB);

        assertRejected(() -> estate.signer.complete(preparedForA,
                heirA.signLikeWebCrypto(preparedForA.dataToSign()), heirA.nationalId(), afterB),
                RejectionReason.WRONG_DOCUMENT);
    }

    @Test
    void aSignatureOverAnotherDocumentsAttributesIsRefused() {
        TestHeir heir = TestHeir.create("陳大文", "A123456789").certifiedBy(estate.ca);
        byte[] otherAgreement = PartitionAgreementPdf.withSignatureFields(3);
        PreparedSignature forOther = estate.signer.prepare(otherAgreement, FIELD, heir.chain, now);
        PreparedSignature forThis = estate.signer.prepare(agreement, FIELD, heir.chain, now);

        assertRejected(() -> estate.signer.complete(forThis, heir.signLikeWebCrypto(forOther.dataToSign()),
                heir.nationalId(), agreement), RejectionReason.SIGNATURE_INVALID);
        assertRejected(() -> estate.signer.complete(forOther, heir.signLikeWebCrypto(forOther.dataToSign()),
                heir.nationalId(), agreement), RejectionReason.WRONG_DOCUMENT);
    }

    @Test
    void aWholeCmsSignedDataFromTheHeirIsAcceptedAndOneFromAnotherHeirIsNot() throws Exception {
        TestHeir heirA = TestHeir.create("陳大文", "A123456789").certifiedBy(estate.ca);
        TestHeir heirB = TestHeir.create("陳美玲", "B223456781").certifiedBy(estate.ca);
        PreparedSignature prepared = estate.signer.prepare(agreement, FIELD, heirA.chain, now);

        byte[] signed = estate.signer.complete(prepared, cmsOver(prepared.dataToSign(), heirA), heirA.nationalId(),
                agreement);
        assertThat(estate.verifier.verify(signed).signatures()).singleElement()
                .satisfies(s -> assertThat(s.verdict()).isEqualTo(Verdict.VALID));

        assertRejected(() -> estate.signer.complete(prepared, cmsOver(prepared.dataToSign(), heirB),
                heirA.nationalId(), agreement), RejectionReason.SIGNER_MISMATCH);
    }

    @Test
    void aDerEncodedEcdsaSignatureIsAcceptedLikeTheWebCryptoOne() throws Exception {
        TestHeir heir = TestHeir.create("陳大文", "A123456789").certifiedBy(estate.ca);
        PreparedSignature prepared = estate.signer.prepare(agreement, FIELD, heir.chain, now);
        java.security.Signature der = java.security.Signature.getInstance("SHA256withECDSA");
        der.initSign(heir.keys.getPrivate());
        der.update(prepared.dataToSign());

        byte[] signed = estate.signer.complete(prepared, der.sign(), heir.nationalId(), agreement);
        assertThat(estate.verifier.verify(signed).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aHeirWithAnRsaKeyFromACitizenCardStyleTokenCanSign() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        java.security.KeyPair rsa = g.generateKeyPair();
        java.security.cert.X509Certificate cert = estate.ca.issueHeirCertificate(
                new tw.ourdata.estate.signing.ca.HeirIdentity("陳大文", "A123456789"), rsa.getPublic(),
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
        PreparedSignature prepared = estate.signer.prepare(agreement, FIELD, estate.ca.chainOf(cert), now);
        java.security.Signature s = java.security.Signature.getInstance("SHA256withRSA");
        s.initSign(rsa.getPrivate());
        s.update(prepared.dataToSign());

        byte[] signed = estate.signer.complete(prepared, s.sign(), "A123456789", agreement);
        assertThat(estate.verifier.verify(signed).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void garbageInsteadOfASignatureIsRefusedAsMalformed() {
        TestHeir heir = TestHeir.create("陳大文", "A123456789").certifiedBy(estate.ca);
        PreparedSignature prepared = estate.signer.prepare(agreement, FIELD, heir.chain, now);

        assertRejected(() -> estate.signer.complete(prepared, new byte[] {1, 2, 3}, heir.nationalId(), agreement),
                RejectionReason.MALFORMED_SIGNATURE);
    }

    @Test
    void aFieldThatDoesNotExistOrIsAlreadySignedCannotBePrepared() {
        TestHeir heir = TestHeir.create("陳大文", "A123456789").certifiedBy(estate.ca);
        byte[] signed = prepareAndComplete(estate.signer, heir);

        assertRejected(() -> estate.signer.prepare(agreement, "heir-9", heir.chain, now),
                RejectionReason.FIELD_UNAVAILABLE);
        assertRejected(() -> estate.signer.prepare(signed, FIELD, heir.chain, now),
                RejectionReason.FIELD_UNAVAILABLE);
    }

    @Test
    void theVerifierReportsFilesSignedWithExpiredNotYetValidRevokedOrForeignCertificates() throws Exception {
        TestHeir expired = TestHeir.create("過期", "A123456789")
                .certifiedBy(estate.ca, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)));
        TestHeir early = TestHeir.create("未生效", "A123456789")
                .certifiedBy(estate.ca, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(400)));
        TestHeir revoked = TestHeir.create("廢止", "A123456789").certifiedBy(estate.ca);
        estate.ca.revoke(revoked.certificate.getSerialNumber());
        PlatformCa foreign = PlatformCa.openOrCreate(Files.createTempDirectory("foreign-ca"),
                "another-passphrase".toCharArray(), "https://elsewhere.example");
        TestHeir stranger = TestHeir.create("外人", "A123456789").certifiedBy(foreign);

        assertThat(verifyDirectlySigned(expired).chainStatus()).isEqualTo(ChainStatus.CERTIFICATE_EXPIRED);
        assertThat(verifyDirectlySigned(early).chainStatus()).isEqualTo(ChainStatus.CERTIFICATE_NOT_YET_VALID);
        assertThat(verifyDirectlySigned(revoked).chainStatus()).isEqualTo(ChainStatus.CERTIFICATE_REVOKED);
        SignatureReport foreignReport = verifyDirectlySigned(stranger);
        assertThat(foreignReport.chainStatus()).isEqualTo(ChainStatus.UNTRUSTED_CHAIN);
        assertThat(foreignReport.verdict()).isEqualTo(Verdict.INDETERMINATE);
        for (TestHeir heir : List.of(expired, early, revoked)) {
            VerificationReport report = estate.verifier.verify(
                    DirectSigner.signBypassingChecks(agreement, FIELD, heir, estate.tsa));
            assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(report.problems()).anyMatch(p -> p.startsWith(FIELD + ": CERTIFICATE_"));
        }
    }

    @Test
    void aCertificateRevokedAfterTheTimestampedSignatureKeepsTheSignatureValid() throws InterruptedException {
        TestHeir heir = TestHeir.create("陳大文", "A123456789").certifiedBy(estate.ca);
        byte[] signed = prepareAndComplete(estate.signer, heir);
        Thread.sleep(1100); // CRLs carry whole seconds: revoke in a later second than the timestamp
        estate.ca.revoke(heir.certificate.getSerialNumber());

        // RFC 5280 / ETSI EN 319 102-1: the timestamp proves the signature existed before the revocation.
        assertThat(estate.verifier.verify(signed).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void bytesThatAreNotAPdfAreRefusedWithATypedError() {
        TestHeir heir = TestHeir.create("陳大文", "A123456789").certifiedBy(estate.ca);
        byte[] notPdf = "<html>not a pdf</html>".getBytes();

        assertThatThrownBy(() -> estate.verifier.verify(notPdf)).isInstanceOf(NotAPdfException.class);
        assertThatThrownBy(() -> estate.verifier.verify("%PDF-1.7 but nothing else".getBytes()))
                .isInstanceOf(NotAPdfException.class);
        assertThatThrownBy(() -> estate.signer.prepare(notPdf, FIELD, heir.chain, now))
                .isInstanceOf(NotAPdfException.class);
    }

    private SignatureReport verifyDirectlySigned(TestHeir heir) {
        return estate.verifier.verify(DirectSigner.signBypassingChecks(agreement, FIELD, heir, estate.tsa))
                .signatures().get(0);
    }

    private byte[] prepareAndComplete(DeferredPadesSigner signer, TestHeir heir) {
        PreparedSignature prepared = signer.prepare(agreement, FIELD, heir.chain, now);
        return signer.complete(prepared, heir.signLikeWebCrypto(prepared.dataToSign()), heir.nationalId(), agreement);
    }

    /** A CMS SignedData as a smart-card middleware would return it, signing exactly the prepared attributes. */
    private static byte[] cmsOver(byte[] signedAttributes, TestHeir heir) throws Exception {
        AttributeTable attributes = new AttributeTable(ASN1Set.getInstance(signedAttributes));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(parameters -> attributes)
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(heir.keys.getPrivate()), heir.certificate));
        generator.addCertificates(new JcaCertStore(heir.chain));
        return generator.generate(new CMSProcessableByteArray(new byte[0]), false).getEncoded();
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            RejectionReason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SignatureRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
