package tw.ourdata.estate.signing.verify;

import java.io.ByteArrayInputStream;
import java.security.cert.CRL;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.PdfSignature;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.TimestampConstants;

import tw.ourdata.estate.signing.Certificates;
import tw.ourdata.estate.signing.NotAPdfException;
import tw.ourdata.estate.signing.ca.NationalIds;
import tw.ourdata.estate.signing.trust.CertificateChainValidator;
import tw.ourdata.estate.signing.trust.ChainStatus;
import tw.ourdata.estate.signing.trust.TrustAnchors;

/**
 * Re-checks every signature of a PDF (PAdES, ETSI EN 319 142-1): the CMS and the bytes it covers, the
 * ByteRange shape, the signer's chain against the trust anchors at the proven time, which revision it covers,
 * and whether any later revision changed anything other than signatures, validation data and timestamps.
 */
public final class SignatureVerifier {
    private final TrustAnchors trust;
    private final CertificateChainValidator chains;

    public SignatureVerifier(TrustAnchors trust) {
        this.trust = trust;
        this.chains = new CertificateChainValidator(trust);
    }

    /** @throws NotAPdfException if the bytes are not a readable PDF */
    public VerificationReport verify(byte[] pdf) {
        NotAPdfException.requirePdf(pdf);
        Revisions revisions = Revisions.of(pdf);
        List<RevisionSnapshot> snapshots = snapshots(pdf, revisions);
        List<List<String>> changesIn = new ArrayList<>();
        changesIn.add(List.of());
        for (int r = 1; r < snapshots.size(); r++) {
            changesIn.add(snapshots.get(r).changesSince(snapshots.get(r - 1)));
        }

        List<SignatureReport> signatures = new ArrayList<>();
        List<DocumentTimestampReport> timestamps = new ArrayList<>();
        List<String> unsigned;
        List<String> problems = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil util = new SignatureUtil(doc);
            unsigned = util.getBlankSignatureNames();
            List<X509CRL> documentCrls = DocumentSecurityStore.crls(doc);
            for (String name : util.getSignatureNames()) {
                PdfSignature dict = util.getSignature(name);
                int revision = revisions.revisionEndingAt(rangeEnd(dict.getByteRange()));
                List<String> later = changesAfter(changesIn, revision);
                boolean shape = byteRangeShapeOk(pdf, dict.getByteRange(), revision);
                PdfPKCS7 pkcs7;
                boolean cryptoOk;
                try {
                    pkcs7 = util.readSignatureData(name);
                    cryptoOk = pkcs7.verifySignatureIntegrityAndAuthenticity()
                            && (pkcs7.getTimeStampTokenInfo() == null || pkcs7.isTsp() || pkcs7.verifyTimestampImprint());
                } catch (Exception e) {
                    problems.add(name + ": the signature cannot be read (" + e.getMessage() + ")");
                    signatures.add(new SignatureReport(name, null, null, null, null, ChainStatus.UNTRUSTED_CHAIN,
                            "unreadable", revision, revisions.count(), false, later, Verdict.INVALID));
                    continue;
                }
                boolean intact = cryptoOk && shape && revision > 0;
                List<X509CRL> crls = new ArrayList<>(documentCrls);
                for (CRL c : pkcs7.getCRLs() == null ? List.<CRL>of() : pkcs7.getCRLs()) {
                    if (c instanceof X509CRL x) {
                        crls.add(x);
                    }
                }
                Instant tsTime = instant(pkcs7.getTimeStampDate());
                if (pkcs7.isTsp() || PdfName.DocTimeStamp.equals(dict.getType())) {
                    X509Certificate tsa = pkcs7.getSigningCertificate();
                    CertificateChainValidator.Result chain = chains.validate(tsa, certs(pkcs7), tsTime, tsTime, crls);
                    timestamps.add(new DocumentTimestampReport(name, tsTime, chain.status(), revision,
                            revisions.count(), intact, later));
                    describe(problems, name, "document timestamp", intact, shape, chain, later);
                    continue;
                }
                X509Certificate signer = pkcs7.getSigningCertificate();
                Instant claimed = instant(pkcs7.getSignDate());
                Instant provenAt = tsTime != null ? tsTime : claimed != null ? claimed : Instant.now();
                CertificateChainValidator.Result chain = chains.validate(signer, certs(pkcs7), provenAt, provenAt, crls);
                Verdict verdict = verdictOf(intact, later, chain.status(), tsTime != null);
                signatures.add(new SignatureReport(name, Certificates.commonName(signer).orElse(null),
                        NationalIds.mask(Certificates.nationalId(signer).orElse(null)), claimed, tsTime,
                        chain.status(), chain.detail(), revision, revisions.count(), intact, later, verdict));
                describe(problems, name, "signature", intact, shape, chain, later);
            }
        } catch (NotAPdfException e) {
            throw e;
        } catch (com.itextpdf.commons.exceptions.ITextException e) {
            throw new NotAPdfException("unreadable PDF: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new NotAPdfException("unreadable PDF: " + e.getMessage(), e);
        }
        return new VerificationReport(overall(signatures, timestamps), revisions.count(), signatures, timestamps,
                unsigned, problems);
    }

    private List<RevisionSnapshot> snapshots(byte[] pdf, Revisions revisions) {
        List<RevisionSnapshot> snapshots = new ArrayList<>();
        for (int r = 1; r <= revisions.count(); r++) {
            byte[] prefix = Arrays.copyOf(pdf, revisions.end(r));
            try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(prefix)))) {
                snapshots.add(RevisionSnapshot.of(doc));
            } catch (Exception e) {
                if (r == revisions.count()) {
                    throw new NotAPdfException("unreadable PDF: " + e.getMessage(), e);
                }
                // An unreadable intermediate revision (e.g. a split marker) compares as the next one.
                snapshots.add(null);
            }
        }
        for (int r = snapshots.size() - 2; r >= 0; r--) {
            if (snapshots.get(r) == null) {
                snapshots.set(r, snapshots.get(r + 1));
            }
        }
        return snapshots;
    }

    private static List<String> changesAfter(List<List<String>> changesIn, int revision) {
        List<String> later = new ArrayList<>();
        for (int r = Math.max(revision, 1); r < changesIn.size(); r++) {
            for (String change : changesIn.get(r)) {
                later.add("revision " + (r + 1) + ": " + change);
            }
        }
        return later;
    }

    /** ByteRange [0, a, b, c]: starts at 0, the gap is exactly the hex /Contents, and it ends at a revision end. */
    private static boolean byteRangeShapeOk(byte[] pdf, PdfArray range, int revision) {
        if (range == null || range.size() != 4 || revision == 0) {
            return false;
        }
        long a = range.getAsNumber(0).longValue();
        long b = range.getAsNumber(1).longValue();
        long c = range.getAsNumber(2).longValue();
        long d = range.getAsNumber(3).longValue();
        if (a != 0 || b <= 0 || c <= b || d < 0 || c + d > pdf.length) {
            return false;
        }
        if (pdf[(int) b] != '<' || pdf[(int) c - 1] != '>') {
            return false;
        }
        for (long i = b + 1; i < c - 1; i++) {
            int ch = pdf[(int) i];
            boolean hex = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }

    private static long rangeEnd(PdfArray range) {
        if (range == null || range.size() < 4) {
            return -1;
        }
        return range.getAsNumber(2).longValue() + range.getAsNumber(3).longValue();
    }

    private static Verdict verdictOf(boolean intact, List<String> later, ChainStatus status, boolean provenTime) {
        if (!intact || !later.isEmpty()) {
            return Verdict.INVALID;
        }
        return switch (status) {
            case VALID -> Verdict.VALID;
            case UNTRUSTED_CHAIN -> Verdict.INDETERMINATE;
            // A timestamp proves the certificate was unusable when the signature existed.
            case CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID, CERTIFICATE_REVOKED ->
                    provenTime ? Verdict.INVALID : Verdict.INDETERMINATE;
        };
    }

    private static Verdict overall(List<SignatureReport> signatures, List<DocumentTimestampReport> timestamps) {
        if (signatures.isEmpty() && timestamps.isEmpty()) {
            return Verdict.NOT_SIGNED;
        }
        boolean invalid = signatures.stream().anyMatch(s -> s.verdict() == Verdict.INVALID)
                || timestamps.stream().anyMatch(t -> !t.intact() || !t.changesAfter().isEmpty());
        if (invalid) {
            return Verdict.INVALID;
        }
        boolean indeterminate = signatures.stream().anyMatch(s -> s.verdict() != Verdict.VALID)
                || timestamps.stream().anyMatch(t -> t.tsaChainStatus() != ChainStatus.VALID);
        return indeterminate ? Verdict.INDETERMINATE : Verdict.VALID;
    }

    private static void describe(List<String> problems, String name, String kind, boolean intact, boolean shape,
            CertificateChainValidator.Result chain, List<String> later) {
        if (!shape) {
            problems.add(name + ": the " + kind + "'s ByteRange does not cover exactly one revision");
        } else if (!intact) {
            problems.add(name + ": the " + kind + " does not verify over the bytes it covers");
        }
        if (!chain.valid()) {
            problems.add(name + ": " + chain.status() + " (" + chain.detail() + ")");
        }
        for (String change : later) {
            problems.add(name + ": changed after this " + kind + " in " + change);
        }
    }

    private static List<X509Certificate> certs(PdfPKCS7 pkcs7) {
        List<X509Certificate> certs = new ArrayList<>();
        for (java.security.cert.Certificate c : pkcs7.getCertificates()) {
            certs.add((X509Certificate) c);
        }
        if (pkcs7.getTimestampCertificates() != null) {
            for (java.security.cert.Certificate c : pkcs7.getTimestampCertificates()) {
                certs.add((X509Certificate) c);
            }
        }
        return certs;
    }

    private static Instant instant(Calendar c) {
        if (c == null || c == TimestampConstants.UNDEFINED_TIMESTAMP_DATE) {
            return null;
        }
        return c.toInstant();
    }

}
