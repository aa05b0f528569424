package tw.ourdata.estate.signing.tsa;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import com.itextpdf.signatures.ITSAClient;

import tw.ourdata.estate.signing.SigningCredentials;

/**
 * The platform's RFC 3161 timestamp authority, run in-process instead of over HTTP: iText asks it for a
 * token over a digest (the signature value for PAdES B-T, the document for a document timestamp).
 * The full request/response round trip is kept so the token is exactly what an HTTP TSA would return.
 */
public final class InProcessTsa implements ITSAClient {
    /** An arbitrary but stable policy OID under the private-enterprise arc reserved for this demo. */
    public static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1");

    private final SigningCredentials credentials;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public InProcessTsa(SigningCredentials credentials) {
        this(credentials, Clock.systemUTC());
    }

    public InProcessTsa(SigningCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public int getTokenSizeEstimate() {
        // The token embeds the TSA chain plus the signed TSTInfo and signer info (a few hundred bytes). The
        // estimate is reserved, zero-filled, in every signature's /Contents, so it is kept close to the truth.
        int size = 1024;
        try {
            for (java.security.cert.X509Certificate c : embeddedChain()) {
                size += c.getEncoded().length;
            }
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        return size;
    }

    /** The TSA certificate and its issuers, without the self-signed root: a verifier has that as its anchor. */
    private java.util.List<java.security.cert.X509Certificate> embeddedChain() {
        return credentials.chain().stream()
                .filter(c -> !c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
                .toList();
    }

    @Override
    public MessageDigest getMessageDigest() throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256");
    }

    @Override
    public byte[] getTimeStampToken(byte[] imprint) throws Exception {
        TimeStampRequestGenerator requestGenerator = new TimeStampRequestGenerator();
        requestGenerator.setCertReq(true);
        BigInteger nonce = new BigInteger(64, random);
        TimeStampRequest request = requestGenerator.generate(TSPAlgorithms.SHA256, imprint, nonce);

        String algorithm = "RSA".equals(credentials.privateKey().getAlgorithm()) ? "SHA256withRSA"
                : "SHA256withECDSA";
        DigestCalculator sha256 = new JcaDigestCalculatorProviderBuilder().build()
                .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
        TimeStampTokenGenerator tokenGenerator = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build(algorithm, credentials.privateKey(),
                        credentials.certificate()),
                sha256, POLICY);
        tokenGenerator.addCertificates(new JcaCertStore(embeddedChain()));
        TimeStampResponseGenerator responseGenerator = new TimeStampResponseGenerator(tokenGenerator,
                TSPAlgorithms.ALLOWED);
        TimeStampResponse response = responseGenerator.generate(request, new BigInteger(64, random).abs(),
                Date.from(clock.instant()));
        response.validate(request);
        return response.getTimeStampToken().getEncoded();
    }
}
