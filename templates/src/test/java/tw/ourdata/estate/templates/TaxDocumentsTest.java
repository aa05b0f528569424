package tw.ourdata.estate.templates;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaxDocumentsTest {
    private static final EstateDocumentRenderer RENDERER = new EstateDocumentRenderer();

    @Test
    void assessmentNoticeItemisesEveryLineWithItsLegalBasisAndTheComputation() {
        RenderedDocument notice = RENDERER.renderTaxAssessmentNotice(Samples.assessmentNotice());

        String text = PdfInspection.text(notice.pdf());
        assertThat(text).contains("遺產稅核定通知書", "Estate Tax Assessment Notice", "陳志明", "A123456789",
                "財北國稅遺字第1150012345號",
                "D-SPOUSE", "配偶扣除額", "Spouse deduction", "NT$ 5,530,000",
                "遺產及贈與稅法第17條第1項第6款 / Art. 17(1)(6)",
                "遺產及贈與稅法第17條第1項第1款 / Art. 17(1)(1)",
                "遺產總額", "Gross estate", "NT$ 30,715,678",
                "免稅額", "NT$ 13,330,000", "扣除額", "NT$ 6,090,000",
                "課稅遺產淨額", "NT$ 11,295,678", "Tax before credits", "扣抵稅額", "Credits", "NT$ 0",
                "應繳稅額", "Tax payable", "NT$ 1,129,567",
                "繳納期限", "民國115年8月31日 (2026-08-31)", "民國115年6月30日 (2026-06-30)");
        assertPageFooters(notice);
        assertThat(notice.signatureFieldNames()).isEmpty();
        assertThat(PdfInspection.signatureFields(notice.pdf())).isEmpty();
    }

    @Test
    void exemptionCertificateStatesTheEstateAndZeroTax() {
        RenderedDocument certificate = RENDERER.renderExemptionCertificate(Samples.exemptionCertificate());

        assertThat(PdfInspection.text(certificate.pdf())).contains("遺產稅免稅證明書",
                "Estate Tax Exemption Certificate", "陳志明", "財北國稅遺字第1150012346號",
                "NT$ 9,800,000", "課稅遺產淨額", "Net taxable estate", "NT$ 0", "民國115年6月30日");
        assertPageFooters(certificate);
    }

    @Test
    void clearanceCertificateStatesThePayment() {
        RenderedDocument certificate = RENDERER.renderTaxClearanceCertificate(Samples.clearanceCertificate());

        assertThat(PdfInspection.text(certificate.pdf())).contains("遺產稅繳清證明書",
                "Estate Tax Clearance Certificate", "陳志明", "財北國稅遺字第1150012345號",
                "已繳稅額", "Tax paid", "NT$ 1,129,567", "民國115年8月20日 (2026-08-20)",
                "PAY-0099887766", "民國115年8月21日 (2026-08-21)");
        assertPageFooters(certificate);
    }

    @Test
    void taxDocumentsUseOnlyTheEmbeddedShippedFont() {
        for (RenderedDocument doc : List.of(
                RENDERER.renderTaxAssessmentNotice(Samples.assessmentNotice()),
                RENDERER.renderExemptionCertificate(Samples.exemptionCertificate()),
                RENDERER.renderTaxClearanceCertificate(Samples.clearanceCertificate()))) {
            assertThat(PdfInspection.fonts(doc.pdf())).isNotEmpty().allSatisfy(font -> {
                assertThat(font.name()).matches("[A-Z]{6}\\+NotoSansTC-Regular");
                assertThat(font.embedded()).isTrue();
            });
        }
    }

    private static void assertPageFooters(RenderedDocument doc) {
        List<String> pages = PdfInspection.pageTexts(doc.pdf());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("文件編號 Document ID: " + doc.documentId(),
                    "第 " + (i + 1) + " / " + pages.size() + " 頁");
        }
    }
}
