package tw.ourdata.estate.signing.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tw.ourdata.estate.signing.ca.PlatformCa;
import tw.ourdata.estate.signing.pades.DeferredPadesSigner;
import tw.ourdata.estate.signing.pades.LongTermValidation;
import tw.ourdata.estate.signing.pades.PreparedSignature;
import tw.ourdata.estate.signing.trust.TrustAnchors;
import tw.ourdata.estate.signing.tsa.InProcessTsa;
import tw.ourdata.estate.signing.verify.SignatureVerifier;

/**
 * One platform CA and one partition agreement signed by four heirs, shared by the test classes that only
 * read them (creating keys and signing is the slow part).
 */
public final class EstateFixture {
    public static final String[] NATIONAL_IDS = {"A123456789", "B223456781", "F131104093", "H223456787"};
    public static final String[] NAMES = {"陳大文", "陳美玲", "陳志明", "林秀英"};

    private static EstateFixture instance;

    public final Path directory;
    public final PlatformCa ca;
    public final TrustAnchors trust;
    public final InProcessTsa tsa;
    public final DeferredPadesSigner signer;
    public final SignatureVerifier verifier;
    public final List<TestHeir> heirs = new ArrayList<>();
    /** The agreement after each heir signed: index 0 is unsigned, index 4 has all four signatures (B-T). */
    public final List<byte[]> versions = new ArrayList<>();
    public final byte[] withLongTermValidation;

    private EstateFixture() throws Exception {
        directory = Files.createTempDirectory("platform-ca");
        ca = PlatformCa.openOrCreate(directory, "dev-passphrase".toCharArray(), "https://estate.example.tw");
        trust = TrustAnchors.of(ca);
        tsa = new InProcessTsa(ca.timestampAuthority());
        signer = new DeferredPadesSigner(trust, tsa);
        verifier = new SignatureVerifier(trust);
        byte[] pdf = PartitionAgreementPdf.withSignatureFields(4);
        versions.add(pdf);
        for (int i = 0; i < 4; i++) {
            TestHeir heir = TestHeir.create(NAMES[i], NATIONAL_IDS[i]).certifiedBy(ca);
            heirs.add(heir);
            pdf = signInTurn(signer, pdf, PartitionAgreementPdf.fieldOf(i + 1), heir);
            versions.add(pdf);
        }
        withLongTermValidation = new LongTermValidation(trust, tsa).extend(pdf);
    }

    public static synchronized EstateFixture get() {
        if (instance == null) {
            try {
                instance = new EstateFixture();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** What the portal does: prepare on the server, sign in the browser, complete on the server. */
    public static byte[] signInTurn(DeferredPadesSigner signer, byte[] pdf, String field, TestHeir heir) {
        PreparedSignature prepared = signer.prepare(pdf, field, heir.chain, Instant.now());
        return signer.complete(prepared, heir.signLikeWebCrypto(prepared.dataToSign()), heir.nationalId(), pdf);
    }

    public byte[] signed() {
        return versions.get(versions.size() - 1);
    }
}
