package tw.ourdata.estate.signing.verify;

import java.util.List;

/**
 * What the verifier found in a signed partition agreement (or any platform-issued PDF).
 *
 * @param verdict            overall: VALID only if every signature and document timestamp is
 * @param totalRevisions     incremental updates in the file, the original included
 * @param signatures         heir signatures and seals, in signing order
 * @param documentTimestamps document timestamps, in order
 * @param unsignedFields     signature fields still empty (heirs who have not signed)
 * @param problems           human-readable reasons for anything other than VALID
 */
public record VerificationReport(Verdict verdict, int totalRevisions, List<SignatureReport> signatures,
        List<DocumentTimestampReport> documentTimestamps, List<String> unsignedFields, List<String> problems) {
    public VerificationReport {
        signatures = List.copyOf(signatures);
        documentTimestamps = List.copyOf(documentTimestamps);
        unsignedFields = List.copyOf(unsignedFields);
        problems = List.copyOf(problems);
    }
}
