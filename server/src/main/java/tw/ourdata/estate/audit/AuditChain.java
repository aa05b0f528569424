package tw.ourdata.estate.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import tw.ourdata.estate.common.Sha256;

/**
 * The hash chain of a case's audit trail, as plain code: what a row's hash covers, and how a
 * chain is checked. Kept apart from storage so the rule is readable (and re-implementable by an
 * auditor) in one place.
 */
public final class AuditChain {

    /** The previous hash of a case's first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** One event as stored. */
    public record Event(UUID caseId, int sequence, Instant occurredAt, String actorKind, String actorId, String action,
                        List<UUID> dataSubjects, String detail, String previousHash, String hash) {
    }

    /**
     * SHA-256 over the previous hash and every field, each field length-prefixed so that no two
     * different events can serialise to the same bytes.
     */
    public static String hash(String previousHash, UUID caseId, int sequence, Instant occurredAt, String actorKind,
                              String actorId, String action, List<UUID> dataSubjects, String detail) {
        StringBuilder s = new StringBuilder();
        for (String field : new String[] {previousHash, caseId.toString(), Integer.toString(sequence),
                occurredAt.toString(), actorKind, actorId, action,
                dataSubjects.stream().map(UUID::toString).sorted().collect(Collectors.joining(",")), detail}) {
            s.append(field.length()).append(':').append(field).append(';');
        }
        return Sha256.hex(s.toString());
    }

    /** Where a chain is broken, or null when it is intact. Events must be in sequence order. */
    public static String firstBreak(List<Event> events) {
        String previous = GENESIS;
        int expectedSequence = 1;
        for (Event e : events) {
            if (e.sequence() != expectedSequence) {
                return "event " + expectedSequence + " is missing";
            }
            if (!e.previousHash().equals(previous)) {
                return "event " + e.sequence() + " does not follow event " + (e.sequence() - 1);
            }
            String recomputed = hash(e.previousHash(), e.caseId(), e.sequence(), e.occurredAt(), e.actorKind(), e.actorId(),
                    e.action(), e.dataSubjects(), e.detail());
            if (!recomputed.equals(e.hash())) {
                return "event " + e.sequence() + " was changed after it was recorded";
            }
            previous = e.hash();
            expectedSequence++;
        }
        return null;
    }
}
