package tw.ourdata.estate.templates;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The server renders for several cases at once with one shared renderer. */
class ConcurrentRenderingTest {

    @Test
    void oneRendererServesSeveralThreadsAtOnce() throws Exception {
        EstateDocumentRenderer renderer = new EstateDocumentRenderer();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<RenderedDocument>> agreements = new ArrayList<>();
            List<Future<RenderedDocument>> notices = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                agreements.add(pool.submit(() -> renderer.renderPartitionAgreement(Samples.agreement())));
                notices.add(pool.submit(() -> renderer.renderTaxAssessmentNotice(Samples.assessmentNotice())));
            }
            for (Future<RenderedDocument> agreement : agreements) {
                byte[] pdf = agreement.get().pdf();
                assertThat(PdfInspection.text(pdf)).contains("陳小龘 簽章 Signature", "NT$ 30,715,678");
                assertThat(PdfInspection.signatureFields(pdf)).hasSize(3);
                assertThat(PdfInspection.fonts(pdf)).hasSize(1);
            }
            for (Future<RenderedDocument> notice : notices) {
                assertThat(PdfInspection.text(notice.get().pdf())).contains("配偶扣除額", "NT$ 1,129,567");
                assertThat(PdfInspection.signatureFields(notice.get().pdf())).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
