package tw.ourdata.estate.signing.pades;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.IExternalSignatureContainer;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.SignerProperties;

import tw.ourdata.estate.signing.Certificates;
import tw.ourdata.estate.signing.NotAPdfException;
import tw.ourdata.estate.signing.ca.NationalIds;
import tw.ourdata.estate.signing.trust.CertificateChainValidator;
import tw.ourdata.estate.signing.trust.TrustAnchors;

/**
 * Two-phase PAdES signing of the partition agreement (ETSI EN 319 142-1, baseline B-T), so that each
 * heir's private key never leaves the heir (a non-extractable WebCrypto key in the signing portal).
 *
 * <p>{@link #prepare} reserves the signature in an incremental update of the heir's pre-existing, empty
 * signature field and returns the CMS signed attributes to be signed. {@link #complete} checks the
 * returned signature, the heir's certificate and the document, then embeds the CMS with the platform's
 * RFC 3161 timestamp on the signature value.
 *
 * <p>All heirs give approval signatures; none certifies (DocMDP). The heirs are equal parties to the
 * agreement and sign in no legally meaningful order, so making the first one the document's "author"
 * would be wrong; and a certification with P=2 only adds protection the verifier already gives, since
 * it reports any change other than signatures, validation data and timestamps after every signature.
 */
public final class DeferredPadesSigner {
    private static final String SIGNATURE_REASON = "Partition agreement (財產分割協議書) signed by heir";

    private final TrustAnchors trust;
    private final ITSAClient tsa;

    public DeferredPadesSigner(TrustAnchors trust, ITSAClient tsa) {
        this.trust = trust;
        this.tsa = tsa;
    }

    /**
     * Phase one.
     *
     * @param pdf         the current version of the partition agreement
     * @param fieldName   the heir's empty signature field, created by the template
     * @param signerChain the heir's certificate first, then its issuers
     * @param signingTime the claimed signing time (signature dictionary /M)
     */
    public PreparedSignature prepare(byte[] pdf, String fieldName, List<X509Certificate> signerChain,
            Instant signingTime) {
        if (signerChain.isEmpty()) {
            throw new IllegalArgumentException("the signer chain is empty");
        }
        NotAPdfException.requirePdf(pdf);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
            PdfSigner signer = new PdfSigner(reader(pdf), out, new StampingProperties().useAppendMode());
            Rectangle rect = requireEmptySignatureField(signer, fieldName);
            signer.setSignerProperties(new SignerProperties()
                    .setFieldName(fieldName)
                    .setClaimedSignDate(calendar(signingTime))
                    .setReason(SIGNATURE_REASON));
            PdfSignatureFormField field = signer.getSignatureField();
            field.setReuseAppearance(true);
            field.setSignatureAppearanceLayer(HeirSignatureAppearance.layer(signer.getDocument(), rect));

            DigestCapture capture = new DigestCapture();
            signer.signExternalContainer(capture, estimatedSize(signerChain));
            byte[] attributes = PadesCms.signedAttributes(signerChain, capture.digest);
            List<byte[]> chainDer = new ArrayList<>();
            for (X509Certificate c : signerChain) {
                chainDer.add(c.getEncoded());
            }
            return new PreparedSignature(fieldName, out.toByteArray(), attributes, sha256(attributes), sha256(pdf),
                    signerChain.get(0).getEncoded(), chainDer, signingTime);
        } catch (SignatureRejectedException | NotAPdfException e) {
            throw e;
        } catch (com.itextpdf.commons.exceptions.ITextException e) {
            throw new NotAPdfException("unreadable PDF: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SignatureRejectedException(RejectionReason.FIELD_UNAVAILABLE, e.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the signature of field " + fieldName, e);
        }
    }

    /**
     * Phase two: verify, then embed the heir's signature with a platform timestamp (PAdES B-T).
     *
     * @param prepared           what {@link #prepare} returned
     * @param signature          IEEE P1363 r||s (WebCrypto), DER ECDSA, an RSA PKCS#1 v1.5 signature, or a whole
     *                           CMS SignedData, over {@link PreparedSignature#dataToSign()}
     * @param expectedNationalId the national ID of the heir this field belongs to
     * @param currentDocument    the version of the agreement the server holds now; it must still be the base
     *                           revision the signature was prepared on (no other heir signed in between)
     * @return the signed document
     * @throws SignatureRejectedException with the reason the server maps to its API error
     */
    public byte[] complete(PreparedSignature prepared, byte[] signature, String expectedNationalId,
            byte[] currentDocument) {
        checkSameDocument(prepared, currentDocument);
        List<X509Certificate> chain = prepared.certificateChain().stream().map(Certificates::parse).toList();
        X509Certificate signer = chain.get(0);
        SignatureValue value = SignatureValue.decode(signature, signer.getPublicKey());
        if (value.certificate().isPresent() && !value.certificate().get().equals(signer)) {
            throw new SignatureRejectedException(RejectionReason.SIGNER_MISMATCH,
                    "the CMS was signed with another certificate than the one the signature was prepared for");
        }
        if (value.cmsSignedAttributes().isPresent()
                && !Arrays.equals(value.cmsSignedAttributes().get(), prepared.dataToSign())) {
            boolean otherDocument = !Arrays.equals(messageDigest(value.cmsSignedAttributes().get()),
                    messageDigest(prepared.dataToSign()));
            throw new SignatureRejectedException(
                    otherDocument ? RejectionReason.WRONG_DOCUMENT : RejectionReason.SIGNATURE_INVALID,
                    "the CMS signs other attributes than the prepared ones");
        }
        String actualId = Certificates.nationalId(signer).orElse("");
        if (!actualId.equals(expectedNationalId)) {
            throw new SignatureRejectedException(RejectionReason.SIGNER_MISMATCH,
                    "the certificate belongs to " + NationalIds.mask(actualId)
                            + ", not to the heir of field " + prepared.fieldName());
        }
        if (!verifies(signer.getPublicKey(), prepared.dataToSign(), value.value())) {
            throw new SignatureRejectedException(RejectionReason.SIGNATURE_INVALID,
                    "the signature does not verify over the prepared signed attributes with the heir's key");
        }
        CertificateChainValidator.Result chainResult = new CertificateChainValidator(trust)
                .validate(signer, chain.subList(1, chain.size()), prepared.signingTime(), Instant.now(), List.of());
        if (!chainResult.valid()) {
            throw new SignatureRejectedException(RejectionReason.valueOf(chainResult.status().name()),
                    chainResult.detail());
        }
        try {
            byte[] cms = PadesCms.signedData(chain, prepared.dataToSign(), value.value(), tsa);
            ByteArrayOutputStream out = new ByteArrayOutputStream(prepared.preparedPdf().length);
            PdfSigner.signDeferred(reader(prepared.preparedPdf()), prepared.fieldName(), out,
                    new FixedContainer(cms));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot embed the signature of field " + prepared.fieldName(), e);
        }
    }

    /** The prepared PDF must extend the current document, and its reserved range must hash to the signed digest. */
    private static void checkSameDocument(PreparedSignature prepared, byte[] currentDocument) {
        if (!Arrays.equals(sha256(currentDocument), prepared.baseRevisionSha256())) {
            throw new SignatureRejectedException(RejectionReason.WRONG_DOCUMENT,
                    "the signature was prepared for another document or an older version of it");
        }
        byte[] preparedPdf = prepared.preparedPdf();
        if (preparedPdf.length <= currentDocument.length
                || !Arrays.equals(preparedPdf, 0, currentDocument.length, currentDocument, 0, currentDocument.length)) {
            throw new SignatureRejectedException(RejectionReason.WRONG_DOCUMENT,
                    "the prepared document is not an incremental update of the current document");
        }
        byte[] rangeDigest = ByteRanges.digestOfSignedRanges(preparedPdf, prepared.fieldName());
        if (!Arrays.equals(rangeDigest, messageDigest(prepared.dataToSign()))) {
            throw new SignatureRejectedException(RejectionReason.WRONG_DOCUMENT,
                    "the prepared signed attributes do not belong to the prepared document");
        }
    }

    private static boolean verifies(PublicKey key, byte[] data, byte[] value) {
        try {
            Signature s = Signature.getInstance("RSA".equals(key.getAlgorithm()) ? "SHA256withRSA"
                    : "SHA256withECDSA");
            s.initVerify(key);
            s.update(data);
            return s.verify(value);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] messageDigest(byte[] signedAttributes) {
        try {
            AttributeTable table = new AttributeTable(ASN1Set.getInstance(signedAttributes));
            Attribute md = table.get(CMSAttributes.messageDigest);
            return md == null ? new byte[0]
                    : ASN1OctetString.getInstance(md.getAttrValues().getObjectAt(0)).getOctets();
        } catch (RuntimeException e) {
            throw new SignatureRejectedException(RejectionReason.MALFORMED_SIGNATURE, "unreadable signed attributes");
        }
    }

    private static Rectangle requireEmptySignatureField(PdfSigner signer, String fieldName) {
        PdfAcroForm form = PdfAcroForm.getAcroForm(signer.getDocument(), false);
        PdfFormField field = form == null ? null : form.getField(fieldName);
        if (field == null) {
            throw new SignatureRejectedException(RejectionReason.FIELD_UNAVAILABLE, "no field named " + fieldName);
        }
        if (!PdfName.Sig.equals(field.getFormType())) {
            throw new SignatureRejectedException(RejectionReason.FIELD_UNAVAILABLE, fieldName + " is not a signature field");
        }
        if (field.getValue() != null) {
            throw new SignatureRejectedException(RejectionReason.FIELD_UNAVAILABLE, fieldName + " is already signed");
        }
        if (field.getWidgets().isEmpty()) {
            throw new SignatureRejectedException(RejectionReason.FIELD_UNAVAILABLE, fieldName + " has no widget");
        }
        return field.getWidgets().get(0).getRectangle().toRectangle();
    }

    /** Room for the chain, the signed attributes and signature, and the timestamp token (with its chain). */
    private int estimatedSize(List<X509Certificate> chain) throws CertificateEncodingException {
        // Signed attributes (~200 B), signature (72 B ECDSA, up to 512 B RSA-4096), CMS framing: 1 KiB.
        int size = 1024 + tsa.getTokenSizeEstimate();
        for (X509Certificate c : chain) {
            size += c.getEncoded().length;
        }
        return size;
    }

    static PdfReader reader(byte[] pdf) {
        try {
            return new PdfReader(new ByteArrayInputStream(NotAPdfException.requirePdf(pdf)));
        } catch (java.io.IOException e) {
            throw new NotAPdfException("unreadable PDF", e);
        }
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Phase one container: records the digest of the byte ranges and leaves /Contents zero-filled. */
    private static final class DigestCapture implements IExternalSignatureContainer {
        private byte[] digest;

        @Override
        public byte[] sign(InputStream data) throws GeneralSecurityException {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[8192];
                for (int n; (n = data.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
                digest = md.digest();
                return new byte[0];
            } catch (java.io.IOException e) {
                throw new GeneralSecurityException(e);
            }
        }

        @Override
        public void modifySigningDictionary(PdfDictionary signDic) {
            signDic.put(PdfName.Filter, PdfName.Adobe_PPKLite);
            signDic.put(PdfName.SubFilter, PdfName.ETSI_CAdES_DETACHED);
        }
    }

    private record FixedContainer(byte[] cms) implements IExternalSignatureContainer {
        @Override
        public byte[] sign(InputStream data) {
            return cms;
        }

        @Override
        public void modifySigningDictionary(PdfDictionary signDic) {
        }
    }

}
