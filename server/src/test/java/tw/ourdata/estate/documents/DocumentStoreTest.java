package tw.ourdata.estate.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.audit.AuditTrail.Actor;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/** Revisions of a case's documents: append-only, and only on top of the latest one. */
@IntegrationTest
class DocumentStoreTest {

    static final Actor HEIR_1 = new Actor("HEIR", "heir-1");
    static final Actor HEIR_2 = new Actor("HEIR", "heir-2");

    @LocalServerPort
    int port;
    @Autowired
    DocumentStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;

    UUID caseId;

    @BeforeEach
    void openCase() {
        caseId = SampleDocuments.newCase(new Http(port));
    }

    @Test
    void aDocumentStartsAtRevisionOneAndEachAppendBuildsOnTheLatest() {
        StoredDocument doc = store.create(caseId, DocumentType.PARTITION_AGREEMENT, DocumentStatus.DRAFT,
                bytes("rendered"), "rendered", Actor.SYSTEM);
        assertThat(doc.version()).isEqualTo(1);
        assertThat(doc.latestRevision()).isEqualTo(1);
        assertThat(doc.latestSha256()).isEqualTo(tw.ourdata.estate.common.Sha256.hex(bytes("rendered")));

        DocumentRevision second = store.append(doc.id(), 1, bytes("rendered+heir-1"), "signed by heir-1", HEIR_1);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(store.latest(doc.id()).orElseThrow().bytes()).isEqualTo(bytes("rendered+heir-1"));
        assertThat(store.latest(doc.id()).orElseThrow().actor()).isEqualTo(HEIR_1);
        assertThat(store.revision(doc.id(), 1).orElseThrow().bytes()).as("earlier revisions stay").isEqualTo(bytes("rendered"));

        StoredDocument redrafted = store.create(caseId, DocumentType.PARTITION_AGREEMENT, DocumentStatus.DRAFT,
                bytes("plan v2"), "redrafted", Actor.SYSTEM);
        assertThat(redrafted.version()).isEqualTo(2);
        assertThat(store.ofCase(caseId)).extracting(StoredDocument::version, StoredDocument::latestRevision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 1));
        assertThat(audit.events(caseId)).extracting(e -> e.action()).contains("DOCUMENT_CREATED", "DOCUMENT_REVISED");
        assertThat(audit.verify(caseId)).isNull();
    }

    @Test
    void anAppendOnAStaleBaseRevisionIsRefused() {
        StoredDocument doc = store.create(caseId, DocumentType.PARTITION_AGREEMENT, DocumentStatus.DRAFT,
                bytes("rendered"), "rendered", Actor.SYSTEM);
        store.append(doc.id(), 1, bytes("heir-1 signed"), "signed by heir-1", HEIR_1);

        assertThatThrownBy(() -> store.append(doc.id(), 1, bytes("heir-2 signed revision 1"), "signed by heir-2", HEIR_2))
                .isInstanceOf(StaleRevisionException.class)
                .satisfies(e -> assertThat(((StaleRevisionException) e).baseRevision()).isEqualTo(1));
        assertThatThrownBy(() -> store.append(doc.id(), 5, bytes("from the future"), "?", HEIR_2))
                .isInstanceOf(StaleRevisionException.class);
        assertThat(store.latest(doc.id()).orElseThrow().revision()).isEqualTo(2);
        assertThat(store.latest(doc.id()).orElseThrow().bytes()).isEqualTo(bytes("heir-1 signed"));
    }

    @Test
    void ofTwoConcurrentAppendsOnTheSameBaseExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            StoredDocument doc = store.create(caseId, DocumentType.PARTITION_AGREEMENT, DocumentStatus.SIGNING,
                    bytes("base"), "rendered", Actor.SYSTEM);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (Actor heir : List.of(HEIR_1, HEIR_2)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        try {
                            store.append(doc.id(), 1, bytes("signed by " + heir.id()), "signed by " + heir.id(), heir);
                            return true;
                        } catch (StaleRevisionException lost) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int wins = 0;
                for (Future<Boolean> f : results) {
                    wins += f.get() ? 1 : 0;
                }
                assertThat(wins).as("round " + round).isEqualTo(1);
            } finally {
                pool.shutdown();
            }
            assertThat(store.latest(doc.id()).orElseThrow().revision()).isEqualTo(2);
            assertThat(jdbc.sql("select count(*) from document_revision where document_id = :d").param("d", doc.id())
                    .query(Long.class).single()).isEqualTo(2);
        }
    }

    @Test
    void revisionsCannotBeChangedOrRemoved() {
        StoredDocument doc = store.create(caseId, DocumentType.TAX_CLEARANCE, DocumentStatus.ISSUED,
                bytes("issued"), "issued", Actor.SYSTEM);

        assertThatThrownBy(() -> jdbc.sql("update document_revision set bytes = :b where document_id = :d")
                .param("b", bytes("forged")).param("d", doc.id()).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from document_revision where document_id = :d")
                .param("d", doc.id()).update())
                .hasMessageContaining("append-only");
        assertThat(store.latest(doc.id()).orElseThrow().bytes()).isEqualTo(bytes("issued"));
    }

    @Test
    void theStatusChangesOnlyFromTheExpectedOne() {
        StoredDocument doc = store.create(caseId, DocumentType.PARTITION_AGREEMENT, DocumentStatus.DRAFT,
                bytes("rendered"), "rendered", Actor.SYSTEM);
        assertThat(store.changeStatus(doc.id(), DocumentStatus.DRAFT, DocumentStatus.SIGNING)).isTrue();
        assertThat(store.changeStatus(doc.id(), DocumentStatus.DRAFT, DocumentStatus.VOID)).isFalse();
        assertThat(store.find(doc.id()).orElseThrow().status()).isEqualTo(DocumentStatus.SIGNING);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
