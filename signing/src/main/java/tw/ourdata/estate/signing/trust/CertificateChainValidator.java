package tw.ourdata.estate.signing.trust;

import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a signer's certificate against the trust anchors at a point in time (RFC 5280 section 6).
 * The path is built here so that each failure gets its own reason (expired, not yet valid, revoked,
 * untrusted) instead of the JDK's single CertPathValidatorException; the built path is then handed to
 * the JDK's PKIX validator for the checks not repeated here (critical extensions, constraints).
 */
public final class CertificateChainValidator {
    private final TrustAnchors trust;

    public CertificateChainValidator(TrustAnchors trust) {
        this.trust = trust;
    }

    public record Result(ChainStatus status, List<X509Certificate> path, String detail) {
        public boolean valid() {
            return status == ChainStatus.VALID;
        }
    }

    /**
     * @param signer       the end-entity certificate
     * @param intermediates certificates that may complete the path (e.g. those in the CMS)
     * @param at           the time the certificate must have been valid (claimed signing time or timestamp)
     * @param revokedBy    a revocation dated at or before this instant counts; when completing a signature
     *                     this is "now", because the heir's key is being used now
     * @param extraCrls    CRLs found in the document (DSS), used in addition to the current ones
     */
    public Result validate(X509Certificate signer, Collection<X509Certificate> intermediates, Instant at,
            Instant revokedBy, Collection<X509CRL> extraCrls) {
        List<X509Certificate> path = buildPath(signer, intermediates);
        if (path == null) {
            return new Result(ChainStatus.UNTRUSTED_CHAIN, List.of(signer),
                    "no path from " + signer.getSubjectX500Principal().getName() + " to a trust anchor");
        }
        Date when = Date.from(at);
        for (X509Certificate c : path) {
            if (when.before(c.getNotBefore())) {
                return new Result(ChainStatus.CERTIFICATE_NOT_YET_VALID, path,
                        subject(c) + " is valid only from " + c.getNotBefore().toInstant());
            }
            if (when.after(c.getNotAfter())) {
                return new Result(ChainStatus.CERTIFICATE_EXPIRED, path,
                        subject(c) + " expired at " + c.getNotAfter().toInstant());
            }
        }
        List<X509CRL> crls = new ArrayList<>(trust.crls().get());
        crls.addAll(extraCrls);
        for (int i = 0; i + 1 < path.size(); i++) {
            Optional<X509CRLEntry> entry = revocationEntry(path.get(i), path.get(i + 1), crls);
            if (entry.isPresent() && !entry.get().getRevocationDate().after(Date.from(revokedBy))) {
                return new Result(ChainStatus.CERTIFICATE_REVOKED, path, subject(path.get(i)) + " was revoked at "
                        + entry.get().getRevocationDate().toInstant());
            }
        }
        try {
            X509Certificate anchor = path.get(path.size() - 1);
            PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
            params.setRevocationEnabled(false); // revocation is checked above against the CRLs we hold
            params.setDate(when);
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path.subList(0, path.size() - 1)),
                    params);
        } catch (Exception e) {
            return new Result(ChainStatus.UNTRUSTED_CHAIN, path, "PKIX validation failed: " + e.getMessage());
        }
        return new Result(ChainStatus.VALID, path, "chains to " + subject(path.get(path.size() - 1)));
    }

    /** Follows issuer names and verifies each signature; the last element is a trust anchor. */
    private List<X509Certificate> buildPath(X509Certificate signer, Collection<X509Certificate> intermediates) {
        List<X509Certificate> path = new ArrayList<>();
        path.add(signer);
        X509Certificate current = signer;
        for (int depth = 0; depth < 8; depth++) {
            for (X509Certificate anchor : trust.anchors()) {
                if (anchor.equals(current)) {
                    return path.size() == 1 ? null : path; // a bare anchor is not a signer certificate
                }
                if (issuedBy(current, anchor)) {
                    path.add(anchor);
                    return path;
                }
            }
            X509Certificate next = null;
            for (X509Certificate candidate : intermediates) {
                if (!candidate.equals(current) && candidate.getBasicConstraints() >= 0 && issuedBy(current, candidate)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            path.add(next);
            current = next;
        }
        return null;
    }

    private static boolean issuedBy(X509Certificate child, X509Certificate issuer) {
        if (!child.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            child.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Optional<X509CRLEntry> revocationEntry(X509Certificate cert, X509Certificate issuer,
            List<X509CRL> crls) {
        for (X509CRL crl : crls) {
            if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                continue;
            }
            try {
                crl.verify(issuer.getPublicKey());
            } catch (Exception e) {
                continue; // a CRL with the right name but another key says nothing about this chain
            }
            X509CRLEntry entry = crl.getRevokedCertificate(cert.getSerialNumber());
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static String subject(X509Certificate c) {
        return c.getSubjectX500Principal().getName();
    }
}
