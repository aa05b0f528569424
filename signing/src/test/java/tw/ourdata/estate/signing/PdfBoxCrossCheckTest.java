package tw.ourdata.estate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;

import tw.ourdata.estate.signing.support.EstateFixture;

/**
 * The second, independent verification path: PDFBox to read the file, BouncyCastle to check the CMS,
 * no iText involved. Checks the ByteRange shape PAdES requires (ETSI EN 319 142-1 5.1, ISO 32000-1 12.8.1).
 */
class PdfBoxCrossCheckTest {
    private final EstateFixture estate = EstateFixture.get();

    @Test
    void everyHeirSignatureHasAWellFormedByteRangeAndAVerifyingCmsWithATimestamp() throws Exception {
        byte[] pdf = estate.signed();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            assertThat(signatures).hasSize(4);
            for (PDSignature signature : signatures) {
                assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
                int[] range = signature.getByteRange();
                assertWellFormed(pdf, range);
                SignerInformation signer = verifiedSigner(pdf, signature, range);

                assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                        .as("signing-certificate-v2").isNotNull();
                assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime))
                        .as("PAdES forbids the CMS signing-time attribute").isNull();
                TimeStampToken token = new TimeStampToken(new CMSSignedData(signer.getUnsignedAttributes()
                        .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken).getAttrValues().getObjectAt(0)
                        .toASN1Primitive().getEncoded()));
                assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                        .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
                token.validate(new JcaSimpleSignerInfoVerifierBuilder()
                        .build(estate.ca.timestampAuthority().certificate()));
            }
            int[] last = signatures.get(signatures.size() - 1).getByteRange();
            assertThat(last[2] + last[3]).as("the last signature reaches the end of the file").isEqualTo(pdf.length);
        }
    }

    @Test
    void theArchiveTimestampOfTheLongTermAgreementCoversTheWholeFile() throws Exception {
        byte[] pdf = estate.withLongTermValidation;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            PDSignature archive = signatures.get(signatures.size() - 1);
            assertThat(archive.getSubFilter()).isEqualTo("ETSI.RFC3161");
            int[] range = archive.getByteRange();
            assertWellFormed(pdf, range);
            assertThat(range[2] + range[3]).isEqualTo(pdf.length);
            TimeStampToken token = new TimeStampToken(new CMSSignedData(archive.getContents(pdf)));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(archive.getSignedContent(pdf)));
            for (PDSignature heir : signatures.subList(0, 4)) {
                assertWellFormed(pdf, heir.getByteRange());
                verifiedSigner(pdf, heir, heir.getByteRange());
            }
        }
    }

    private static void assertWellFormed(byte[] pdf, int[] range) {
        assertThat(range).hasSize(4);
        assertThat(range[0]).as("starts at 0").isZero();
        String gap = new String(pdf, range[1], range[2] - range[1], StandardCharsets.ISO_8859_1);
        assertThat(gap).as("the gap holds only the hex /Contents").matches("<[0-9A-Fa-f]+>");
        assertThat(range[2] + range[3]).isLessThanOrEqualTo(pdf.length);
    }

    private static SignerInformation verifiedSigner(byte[] pdf, PDSignature signature, int[] range) throws Exception {
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                signature.getContents(pdf));
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
                .getMatches(signer.getSID()).iterator().next();
        assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)))
                .as("CMS of %s", signature.getName()).isTrue();
        assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        return signer;
    }
}
