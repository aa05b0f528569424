package tw.ourdata.estate.templates;

import org.junit.jupiter.api.Test;
import java.nio.file.*;

class SmokeTest {
    @Test
    void renders() throws Exception {
        var r = new EstateDocumentRenderer();
        long t = System.nanoTime();
        var doc = r.renderPartitionAgreement(Samples.agreement());
        System.out.println("ms " + (System.nanoTime() - t) / 1_000_000);
        Files.write(Path.of("/tmp/tpl-agreement.pdf"), doc.pdf());
        Files.write(Path.of("/tmp/tpl-notice.pdf"), r.renderTaxAssessmentNotice(Samples.assessmentNotice()).pdf());
        Files.write(Path.of("/tmp/tpl-exempt.pdf"), r.renderExemptionCertificate(Samples.exemptionCertificate()).pdf());
        Files.write(Path.of("/tmp/tpl-clear.pdf"), r.renderTaxClearanceCertificate(Samples.clearanceCertificate()).pdf());
        System.out.println(doc.warnings() + " " + doc.signatureFieldNames());
    }
}
