package tw.ourdata.estate.signing;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Reading the parts of a heir certificate the workflow cares about: name and national ID. */
public final class Certificates {
    private Certificates() {
    }

    public static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (Exception e) {
            throw new IllegalArgumentException("not an X.509 certificate", e);
        }
    }

    /** The subject's SERIALNUMBER attribute (X.520 2.5.4.5), which holds the heir's national ID. */
    public static Optional<String> nationalId(X509Certificate certificate) {
        return attribute(certificate, BCStyle.SERIALNUMBER);
    }

    public static Optional<String> commonName(X509Certificate certificate) {
        return attribute(certificate, BCStyle.CN);
    }

    private static Optional<String> attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return Optional.empty();
        }
        return Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()));
    }
}
