package tw.ourdata.estate.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tw.ourdata.estate.signing.ca.HeirIdentity;
import tw.ourdata.estate.signing.ca.PlatformCa;
import tw.ourdata.estate.signing.pades.DeferredPadesSigner;
import tw.ourdata.estate.signing.pades.LongTermValidation;
import tw.ourdata.estate.signing.pades.PreparedSignature;
import tw.ourdata.estate.signing.trust.TrustAnchors;
import tw.ourdata.estate.signing.tsa.InProcessTsa;
import tw.ourdata.estate.signing.verify.SignatureVerifier;
import tw.ourdata.estate.signing.verify.VerificationReport;
import tw.ourdata.estate.signing.verify.Verdict;
import tw.ourdata.estate.support.TestIds;
import tw.ourdata.estate.templates.EstateDocumentRenderer;
import tw.ourdata.estate.templates.PartitionAgreementModel;
import tw.ourdata.estate.templates.RenderedDocument;

/**
 * Benchmark, not a test (DESIGN.md: timing is a benchmark): the partition agreement as the server will handle
 * it, from rendering to the archived B-LTA file, for 4 and for 20 heirs. Prints; asserts nothing about speed.
 * Run it from the repository root with
 *
 * <pre>
 * ./mvnw -B -q -pl server -am test -DskipTests -Pdocuments-benchmark
 * </pre>
 *
 * ({@code -DskipTests} skips the test suites; the profile then starts this class in its own JVM with the test
 * classpath.) Each heir has an EC P-256 key generated here and a certificate from a platform CA created in a
 * temporary directory; the heir's own signature is made as WebCrypto makes it (IEEE P1363 r||s over the DER
 * signed attributes) and not counted, since it happens in the heir's browser.
 */
public final class DocumentsBenchmark {

    private static final int RENDER_RUNS = 5;

    public static void main(String[] args) throws Exception {
        // iText logs every certificate it adds to the DSS at INFO; only the figures matter here.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path dir = Files.createTempDirectory("documents-benchmark-ca");
        PlatformCa ca = PlatformCa.openOrCreate(dir, "benchmark-passphrase".toCharArray(), "https://estate.example.tw");
        TrustAnchors trust = TrustAnchors.of(ca);
        InProcessTsa tsa = new InProcessTsa(ca.timestampAuthority());
        DeferredPadesSigner signer = new DeferredPadesSigner(trust, tsa);
        SignatureVerifier verifier = new SignatureVerifier(trust);
        LongTermValidation ltv = new LongTermValidation(trust, tsa);

        long t0 = System.nanoTime();
        EstateDocumentRenderer renderer = new EstateDocumentRenderer();
        System.out.printf("documents benchmark (JDK %s, %d cores)%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("renderer construction (font + templates): %.0f ms%n", ms(System.nanoTime() - t0));

        run(4, ca, renderer, signer, verifier, ltv, false); // warm-up: class loading, JIT
        for (int heirs : new int[] {4, 20}) {
            run(heirs, ca, renderer, signer, verifier, ltv, true);
        }
    }

    private static void run(int heirs, PlatformCa ca, EstateDocumentRenderer renderer, DeferredPadesSigner signer,
            SignatureVerifier verifier, LongTermValidation ltv, boolean print) throws Exception {
        PartitionAgreementModel model = SampleDocuments.agreement(heirs);
        double[] renderMs = new double[RENDER_RUNS];
        RenderedDocument rendered = null;
        for (int i = 0; i < RENDER_RUNS; i++) {
            long t = System.nanoTime();
            rendered = renderer.renderPartitionAgreement(model);
            renderMs[i] = ms(System.nanoTime() - t);
        }

        List<KeyPair> keys = new ArrayList<>();
        List<List<X509Certificate>> chains = new ArrayList<>();
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        List<String> ids = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < heirs; i++) {
            KeyPair k = g.generateKeyPair();
            String id = TestIds.citizen(1 + i % 2);
            X509Certificate cert = ca.issueHeirCertificate(new HeirIdentity(model.heirs().get(i).name(), id),
                    k.getPublic().getEncoded(), now.minus(1, ChronoUnit.HOURS), now.plus(30, ChronoUnit.DAYS));
            keys.add(k);
            ids.add(id);
            chains.add(ca.chainOf(cert));
        }

        byte[] pdf = rendered.pdf();
        int unsignedSize = pdf.length;
        double[] prepareMs = new double[heirs];
        double[] completeMs = new double[heirs];
        for (int i = 0; i < heirs; i++) {
            long t = System.nanoTime();
            PreparedSignature p = signer.prepare(pdf, rendered.signatureFieldNames().get(i), chains.get(i), Instant.now());
            prepareMs[i] = ms(System.nanoTime() - t);
            byte[] browserSignature = webCryptoSign(keys.get(i), p.dataToSign());
            t = System.nanoTime();
            pdf = signer.complete(p, browserSignature, ids.get(i), pdf);
            completeMs[i] = ms(System.nanoTime() - t);
        }
        int signedSize = pdf.length;

        long t = System.nanoTime();
        VerificationReport signedReport = verifier.verify(pdf);
        double verifySignedMs = ms(System.nanoTime() - t);

        t = System.nanoTime();
        byte[] archived = ltv.extend(pdf);
        double ltaMs = ms(System.nanoTime() - t);

        t = System.nanoTime();
        VerificationReport archivedReport = verifier.verify(archived);
        double verifyArchivedMs = ms(System.nanoTime() - t);
        if (signedReport.verdict() != Verdict.VALID || archivedReport.verdict() != Verdict.VALID) {
            throw new IllegalStateException("benchmark documents do not verify: " + archivedReport.problems());
        }
        if (!print) {
            return;
        }
        double[] perSignature = new double[heirs];
        for (int i = 0; i < heirs; i++) {
            perSignature[i] = prepareMs[i] + completeMs[i];
        }
        System.out.printf("%n== partition agreement, %d heirs ==%n", heirs);
        System.out.printf("render (PDF/A-2b, %d signature fields): median %.0f ms, min %.0f ms over %d runs%n",
                heirs, median(renderMs), Arrays.stream(renderMs).min().orElse(0), RENDER_RUNS);
        System.out.printf("per signature, prepare + complete: median %.0f ms (prepare %.0f, complete %.0f); "
                        + "first %.0f ms, last %.0f ms%n", median(perSignature), median(prepareMs), median(completeMs),
                perSignature[0], perSignature[heirs - 1]);
        System.out.printf("all %d signatures: %.0f ms%n", heirs, Arrays.stream(perSignature).sum());
        System.out.printf("size: unsigned %d KB, signed %d KB, growth per signature %.1f KB%n", unsignedSize / 1024,
                signedSize / 1024, (signedSize - unsignedSize) / 1024.0 / heirs);
        System.out.printf("verify (%d signatures, %d revisions): %.0f ms%n", heirs, signedReport.totalRevisions(),
                verifySignedMs);
        System.out.printf("B-LTA (validation data + archive timestamp): %.0f ms, +%d KB -> %d KB%n", ltaMs,
                (archived.length - signedSize) / 1024, archived.length / 1024);
        System.out.printf("verify after B-LTA: %.0f ms, verdict %s%n", verifyArchivedMs, archivedReport.verdict());
    }

    /** What {@code crypto.subtle.sign({name: "ECDSA", hash: "SHA-256"}, key, data)} returns: r||s. */
    private static byte[] webCryptoSign(KeyPair key, byte[] data) throws Exception {
        Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
        s.initSign(key.getPrivate());
        s.update(data);
        return s.sign();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private DocumentsBenchmark() {
    }
}
