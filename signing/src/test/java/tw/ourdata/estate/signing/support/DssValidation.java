package tw.ourdata.estate.signing.support;

import java.security.cert.X509Certificate;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;

/** EU DSS 6.4 as the independent validator, offline, with the platform root as the only trust anchor. */
public final class DssValidation {
    private DssValidation() {
    }

    public static Reports validate(byte[] pdf, X509Certificate trustAnchor) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, "agreement.pdf"));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(trustAnchor));
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument();
    }
}
