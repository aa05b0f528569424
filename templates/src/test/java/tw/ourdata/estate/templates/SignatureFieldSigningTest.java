package tw.ourdata.estate.templates;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract with the signing module: an heir signs into their pre-created field in an
 * incremental update, the other heirs' fields stay empty, and the file stays PDF/A-2b.
 */
class SignatureFieldSigningTest {

    @Test
    void anHeirSignsIntoTheirOwnFieldAndTheOthersStayEmpty() throws Exception {
        byte[] unsigned = new EstateDocumentRenderer().renderPartitionAgreement(Samples.agreement()).pdf();
        List<PdfInspection.SignatureFieldInfo> before = PdfInspection.signatureFields(unsigned);

        byte[] signed = sign(unsigned, "heir-2");

        List<PdfInspection.SignatureFieldInfo> after = PdfInspection.signatureFields(signed);
        assertThat(after).extracting(PdfInspection.SignatureFieldInfo::name).containsExactly("heir-1", "heir-2", "heir-3");
        assertThat(after).extracting(PdfInspection.SignatureFieldInfo::signed).containsExactly(false, true, false);
        assertThat(after.get(1).pageNumber()).isEqualTo(before.get(1).pageNumber());
        assertThat(after.get(1).rect().toString()).isEqualTo(before.get(1).rect().toString());
        assertThat(signed).startsWith(unsigned); // an incremental update: the unsigned revision is kept byte for byte
        assertThat(PdfAValidation.pdfA2bFailures(signed)).isEmpty();
    }

    private static byte[] sign(byte[] pdf, String fieldName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(keys);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfSigner signer = new PdfSigner(new PdfReader(new ByteArrayInputStream(pdf)), out,
                new StampingProperties().useAppendMode());
        // Under PDF/A the signature's appearance text needs an embedded font, like the page text.
        SignatureFieldAppearance appearance = new SignatureFieldAppearance(fieldName)
                .setContent("陳家豪 已簽署 Signed")
                .setFont(PdfFontFactory.createFont(shippedFontBytes(), PdfEncodings.IDENTITY_H,
                        PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED));
        signer.setSignerProperties(new SignerProperties().setFieldName(fieldName).setSignatureAppearance(appearance));
        signer.signDetached(new BouncyCastleDigest(), new PrivateKeySignature(keys.getPrivate(), "SHA256", null),
                new Certificate[] {certificate}, null, null, null, 0, PdfSigner.CryptoStandard.CADES);
        return out.toByteArray();
    }

    private static X509Certificate selfSigned(KeyPair keys) throws Exception {
        X500Name name = new X500Name("CN=陳家豪, O=OurData Estate test");
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.ONE, Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)),
                name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    private static byte[] shippedFontBytes() throws Exception {
        try (InputStream in = EstateDocumentRenderer.class.getResourceAsStream("fonts/NotoSansTC-Regular.ttf")) {
            return in.readAllBytes();
        }
    }
}
