package tw.ourdata.estate.signing.pades;

import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.itextpdf.signatures.ICrlClient;

import tw.ourdata.estate.signing.trust.TrustAnchors;

/**
 * Revocation data for LTV straight from the platform CA instead of over HTTP from the CRL distribution
 * point: the server may not be reachable at its public URL from itself (and tests have no server).
 */
final class TrustedCrlClient implements ICrlClient {
    private final TrustAnchors trust;

    TrustedCrlClient(TrustAnchors trust) {
        this.trust = trust;
    }

    @Override
    public Collection<byte[]> getEncoded(X509Certificate checkCert, String url) {
        List<byte[]> encoded = new ArrayList<>();
        for (X509CRL crl : trust.crls().get()) {
            if (checkCert != null && crl.getIssuerX500Principal().equals(checkCert.getIssuerX500Principal())) {
                try {
                    encoded.add(crl.getEncoded());
                } catch (CRLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return encoded;
    }
}
