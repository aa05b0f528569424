package tw.ourdata.estate.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.ourdata.estate.documents.DocumentStatus;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.DocumentType;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.heirs.OnboardedFamily;
import tw.ourdata.estate.support.IntegrationTest;

/** The default partition agreement of a case, before anyone signs it. */
@IntegrationTest
class PartitionAgreementsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    PartitionAgreements agreements;
    @Autowired
    DocumentStore store;

    @Test
    void theDraftGivesEveryActiveHeirTheirStatutoryShareAndAFieldTheMinorsGuardianSigns() throws IOException {
        OnboardedFamily family = OnboardedFamily.postOnboardAndStayLoggedIn(port, jdbc, runtime, 1);
        StoredDocument agreement = agreements.draft(family.caseId);
        assertThat(agreement.type()).isEqualTo(DocumentType.PARTITION_AGREEMENT);
        assertThat(agreement.status()).isEqualTo(DocumentStatus.SIGNING);

        byte[] pdf = store.revision(agreement.id(), 1).orElseThrow().bytes();
        String text;
        List<String> fields;
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                all.append(PdfTextExtractor.getTextFromPage(doc.getPage(p)));
            }
            text = all.toString().replaceAll("\\s+", "");
            fields = List.copyOf(PdfAcroForm.getAcroForm(doc, false).getAllFormFields().keySet());
        }
        assertThat(fields).containsExactlyInAnyOrder("heir-0", "heir-1", "heir-2", "heir-4");
        // Spouse, two children and the predeceased child's line (the minor grandchild): a quarter each.
        for (OnboardedFamily.LoggedIn heir : family.heirs) {
            assertThat(text).contains(heir.name());
        }
        assertThat(text).contains("1/4").doesNotContain("王大華"); // the predeceased child is no party
        assertThat(text).contains(family.heirs.get(3).actingName()); // the guardian who signs for the minor
        assertThat(text).contains("NOTYETAPPROVED"); // no approved assessment in this case yet
        assertThat(text).contains(family.heirs.get(1).name()); // the proxy (the son, position 1)

        List<String> signerNames = jdbc.sql("select signer_name from document_signer where document_id = :d order by position")
                .param("d", agreement.id()).query(String.class).list();
        assertThat(signerNames).containsExactly(family.heirs.get(0).actingName(), family.heirs.get(1).actingName(),
                family.heirs.get(2).actingName(), family.heirs.get(3).actingName());

        // A new draft replaces the one being signed: its signatures would count for nothing.
        StoredDocument second = agreements.draft(family.caseId);
        assertThat(second.version()).isEqualTo(2);
        assertThat(store.find(agreement.id()).orElseThrow().status()).isEqualTo(DocumentStatus.VOID);
    }

}
