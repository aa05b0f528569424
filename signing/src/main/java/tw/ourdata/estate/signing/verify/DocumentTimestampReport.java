package tw.ourdata.estate.signing.verify;

import java.time.Instant;
import java.util.List;

import tw.ourdata.estate.signing.trust.ChainStatus;

/** A PAdES document timestamp (the B-LTA archive timestamp, RFC 3161 token over a revision). */
public record DocumentTimestampReport(String fieldName, Instant time, ChainStatus tsaChainStatus, int revision,
        int totalRevisions, boolean intact, List<String> changesAfter) {
    public DocumentTimestampReport {
        changesAfter = List.copyOf(changesAfter);
    }
}
