package tw.ourdata.estate.signing.trust;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import tw.ourdata.estate.signing.ca.PlatformCa;

/**
 * What the platform trusts: its own root plus caller-configured extra anchors (e.g. a citizen digital
 * certificate root), and where current CRLs come from. CRLs are supplied lazily because the platform CA
 * issues a fresh one after every revocation.
 */
public record TrustAnchors(List<X509Certificate> anchors, Supplier<List<X509CRL>> crls) {
    public TrustAnchors {
        anchors = List.copyOf(anchors);
    }

    public static TrustAnchors of(PlatformCa ca, X509Certificate... extraAnchors) {
        List<X509Certificate> all = new ArrayList<>();
        all.add(ca.rootCertificate());
        all.addAll(List.of(extraAnchors));
        return new TrustAnchors(all, ca::currentCrls);
    }
}
