package tw.ourdata.estate.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.Notices;
import tw.ourdata.estate.support.TestIds;
import tw.ourdata.estate.templates.Allocation;
import tw.ourdata.estate.templates.Asset;
import tw.ourdata.estate.templates.Decedent;
import tw.ourdata.estate.templates.ExemptionCertificateModel;
import tw.ourdata.estate.templates.Heir;
import tw.ourdata.estate.templates.PartitionAgreementModel;
import tw.ourdata.estate.templates.Proxy;
import tw.ourdata.estate.templates.TaxAssessmentNoticeModel;
import tw.ourdata.estate.templates.TaxAssessmentReference;
import tw.ourdata.estate.templates.TaxClearanceCertificateModel;
import tw.ourdata.estate.templates.TaxLine;

/** Made-up estate documents (the real figures come from the tax step), and a case to hang them on. */
final class SampleDocuments {

    static final Decedent DECEDENT = new Decedent("王大明", "A123456789", LocalDate.of(2025, 1, 15),
            "臺北市大安區和平東路二段100號");

    private SampleDocuments() {
    }

    /** A case opened the way a registration office opens one. */
    static UUID newCase(Http http) {
        Http.Response created = http.postJson("/api/v1/death-notices", Http.bearer("dev-registration-office"),
                Notices.valid(TestIds.registrationNumber()));
        if (created.status() != 202) {
            throw new IllegalStateException("no case: " + created.status() + " " + created.body());
        }
        return UUID.fromString(created.json().get("caseId").asText());
    }

    static TaxAssessmentNoticeModel assessmentNotice() {
        return new TaxAssessmentNoticeModel("TAN-2025-000123-v1", DECEDENT, "財北國稅遺字第1140012345號",
                List.of(new TaxLine("G-LAND", "土地", "Land", 15_000_000L, "遺產及贈與稅法第10條 / Art. 10"),
                        new TaxLine("G-DEPOSIT", "存款", "Deposits", 7_000_000L, "遺產及贈與稅法第10條 / Art. 10"),
                        new TaxLine("E-BASIC", "免稅額", "Exemption", 13_330_000L, "遺產及贈與稅法第18條 / Art. 18"),
                        new TaxLine("D-SPOUSE", "配偶扣除額", "Spouse deduction", 5_530_000L,
                                "遺產及贈與稅法第17條第1項第6款 / Art. 17(1)(6)")),
                22_000_000L, 13_330_000L, 7_470_000L, 1_200_000L, 120_000L, 0L, 120_000L,
                LocalDate.of(2025, 9, 30), LocalDate.of(2025, 7, 31));
    }

    static ExemptionCertificateModel exemptionCertificate() {
        return new ExemptionCertificateModel("EXC-2025-000124", DECEDENT, "財北國稅遺字第1140012346號",
                9_800_000L, 0L, LocalDate.of(2025, 7, 31));
    }

    static TaxClearanceCertificateModel clearanceCertificate() {
        return new TaxClearanceCertificateModel("TCC-2025-000123", DECEDENT, "財北國稅遺字第1140012345號",
                120_000L, LocalDate.of(2025, 9, 20), "PAY-0099887766", LocalDate.of(2025, 9, 21));
    }

    /** A partition agreement among {@code heirs} heirs, the first being the spouse; one deposit each. */
    static PartitionAgreementModel agreement(int heirs) {
        List<Heir> parties = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        String share = "1/" + heirs;
        for (int i = 1; i <= heirs; i++) {
            String name = i == 1 ? "林美麗" : "王家" + "一二三四五六七八九十".charAt((i - 2) % 10) + (i > 11 ? "之" + i : "");
            parties.add(Heir.ofAge(name, i == 1 ? "配偶 Spouse" : "子 Son", share, share, "heir-" + i));
            assets.add(new Asset("活期存款 Demand deposit " + i, "存款 Deposit", "臺灣銀行 Bank of Taiwan",
                    "012-34-" + (567890 + i), 1_000_000L + i, List.of(new Allocation(name, "1"))));
        }
        return new PartitionAgreementModel("PA-2025-000123-v1", DECEDENT, parties,
                new Proxy("黃淑芬", "地政士 Land administration agent"), assets,
                new TaxAssessmentReference("TA-2025-000123", 1, 120_000L, LocalDate.of(2025, 7, 31)),
                LocalDate.of(2025, 8, 15));
    }
}
