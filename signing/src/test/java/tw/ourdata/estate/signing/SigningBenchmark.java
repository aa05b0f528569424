package tw.ourdata.estate.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tw.ourdata.estate.signing.ca.PlatformCa;
import tw.ourdata.estate.signing.pades.DeferredPadesSigner;
import tw.ourdata.estate.signing.pades.LongTermValidation;
import tw.ourdata.estate.signing.pades.PreparedSignature;
import tw.ourdata.estate.signing.support.PartitionAgreementPdf;
import tw.ourdata.estate.signing.support.TestHeir;
import tw.ourdata.estate.signing.trust.TrustAnchors;
import tw.ourdata.estate.signing.tsa.InProcessTsa;
import tw.ourdata.estate.signing.verify.SignatureVerifier;
import tw.ourdata.estate.signing.verify.VerificationReport;
import tw.ourdata.estate.signing.verify.Verdict;

/**
 * Benchmark, not a test: excluded from the normal build. Run it with
 *
 * <pre>
 * ./mvnw -B -q -pl signing -am test -Pbenchmark
 * </pre>
 *
 * It prints the time per heir signature (prepare + complete, heir's own signing excluded as it happens in the
 * browser), the verification time, and the file size growth per signature, for 4 and 20 heirs.
 */
@Tag("benchmark")
class SigningBenchmark {

    @Test
    void signingAndVerifyingFourAndTwentyHeirs() throws Exception {
        PlatformCa ca = PlatformCa.openOrCreate(Files.createTempDirectory("bench-ca"), "bench-passphrase".toCharArray(),
                "https://estate.example.tw");
        TrustAnchors trust = TrustAnchors.of(ca);
        InProcessTsa tsa = new InProcessTsa(ca.timestampAuthority());
        DeferredPadesSigner signer = new DeferredPadesSigner(trust, tsa);
        SignatureVerifier verifier = new SignatureVerifier(trust);

        run(4, ca, signer, verifier, trust, tsa, false); // warm-up: JIT, class loading
        for (int heirs : new int[] {4, 20}) {
            run(heirs, ca, signer, verifier, trust, tsa, true);
        }
    }

    private static void run(int heirs, PlatformCa ca, DeferredPadesSigner signer, SignatureVerifier verifier,
            TrustAnchors trust, InProcessTsa tsa, boolean print) {
        List<TestHeir> people = new ArrayList<>();
        for (int i = 0; i < heirs; i++) {
            people.add(TestHeir.create("Heir " + i, String.format("A1%08d", i)).certifiedBy(ca));
        }
        byte[] pdf = PartitionAgreementPdf.withSignatureFields(heirs);
        int unsignedSize = pdf.length;
        long serverNanos = 0;
        List<Long> perSignature = new ArrayList<>();
        for (int i = 0; i < heirs; i++) {
            TestHeir heir = people.get(i);
            long t0 = System.nanoTime();
            PreparedSignature prepared = signer.prepare(pdf, PartitionAgreementPdf.fieldOf(i + 1), heir.chain,
                    Instant.now());
            long t1 = System.nanoTime();
            byte[] signature = heir.signLikeWebCrypto(prepared.dataToSign()); // in the browser, not timed
            long t2 = System.nanoTime();
            pdf = signer.complete(prepared, signature, heir.nationalId(), pdf);
            long t3 = System.nanoTime();
            perSignature.add((t1 - t0) + (t3 - t2));
            serverNanos += (t1 - t0) + (t3 - t2);
        }
        int signedSize = pdf.length;
        long v0 = System.nanoTime();
        VerificationReport report = verifier.verify(pdf);
        long v1 = System.nanoTime();
        byte[] lta = new LongTermValidation(trust, tsa).extend(pdf);
        long v2 = System.nanoTime();
        VerificationReport ltaReport = verifier.verify(lta);
        long v3 = System.nanoTime();
        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(ltaReport.verdict()).isEqualTo(Verdict.VALID);
        if (print) {
            System.out.printf("%n== %d heirs ==%n", heirs);
            System.out.printf("prepare+complete per signature: mean %.1f ms (first %.1f ms, last %.1f ms)%n",
                    serverNanos / 1e6 / heirs, perSignature.get(0) / 1e6, perSignature.get(heirs - 1) / 1e6);
            System.out.printf("verify all %d signatures (B-T): %.1f ms%n", heirs, (v1 - v0) / 1e6);
            System.out.printf("add LTV + archive timestamp: %.1f ms; verify B-LTA: %.1f ms%n", (v2 - v1) / 1e6,
                    (v3 - v2) / 1e6);
            System.out.printf("size: unsigned %,d B, signed %,d B, growth per signature %,d B, B-LTA %,d B%n",
                    unsignedSize, signedSize, (signedSize - unsignedSize) / heirs, lta.length);
        }
    }
}
