package tw.ourdata.estate.officers;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the dossier for the codes of the case (a relation, an onboarding status, an audit action…), in
 * Chinese and English. Where the heirs' portal already names a code, its message bundle ({@code portal/messages},
 * keys {@code js.<group>.<code>}) is used, so that the officer and the family read the same term; the codes only
 * officers see are named here. An unknown code shows as itself rather than failing the page.
 */
@Component
public class Vocabulary {

    private static final Locale CHINESE = Locale.TAIWAN;
    private static final Locale ENGLISH = Locale.ENGLISH;

    /** Groups the portal does not show, or words it puts for the family ("under review by the tax office"). */
    private static final Map<String, Map<String, Bilingual>> OFFICERS_ONLY = Map.of(
            "caseStatus", Map.of(
                    "OPEN", new Bilingual("辦理中", "open"),
                    "CLOSED", new Bilingual("已結案", "closed")),
            "queryStatus", Map.of(
                    "PENDING", new Bilingual("待送達", "pending delivery"),
                    "SENT", new Bilingual("已送達，待回覆", "sent, awaiting the answer"),
                    "ANSWERED", new Bilingual("已回覆", "answered"),
                    "ESCALATED", new Bilingual("已移請承辦人處理", "escalated to an officer"),
                    "CLOSED_WITHOUT_ANSWER", new Bilingual("未獲回覆即結束", "closed without an answer")),
            "transferStatus", Map.of(
                    "PENDING", new Bilingual("待送達", "pending delivery"),
                    "SENT", new Bilingual("已送達，待確認", "sent, awaiting confirmation"),
                    "CONFIRMED", new Bilingual("已確認移轉", "transfer confirmed"),
                    "ESCALATED", new Bilingual("已移請承辦人處理", "escalated to an officer"),
                    "CLOSED_WITHOUT_CONFIRMATION", new Bilingual("未獲確認即結束", "closed without confirmation")),
            "assurance", Map.of(
                    "ONE_TIME_CODE", new Bilingual("一次性驗證碼", "one-time code"),
                    "CERTIFICATE", new Bilingual("憑證", "certificate")),
            "assessmentStatus", Map.of(
                    "PROPOSED", new Bilingual("待審核", "proposed, awaiting review"),
                    "SUPERSEDED", new Bilingual("已被新版取代", "superseded"),
                    "APPROVED", new Bilingual("已核定", "approved")),
            "paymentStatus", Map.of(
                    "DUE", new Bilingual("待繳納", "due"),
                    "PAID", new Bilingual("已繳清", "paid")),
            "liabilityKind", Map.of(
                    "LOAN", new Bilingual("借款", "loan"),
                    "CREDIT_CARD", new Bilingual("信用卡債務", "credit card"),
                    "TAX", new Bilingual("欠稅", "tax owed"),
                    "OTHER", new Bilingual("其他", "other")));

    private final MessageSource messages;

    Vocabulary(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param group e.g. {@code relation}, {@code onboarding}, {@code action}, {@code actor}, {@code taxLine},
     *              {@code documentType}, {@code queryStatus}
     */
    public Bilingual of(String group, Object code) {
        if (code == null) {
            return new Bilingual("—", "");
        }
        String name = code instanceof Enum<?> e ? e.name() : code.toString();
        Bilingual own = OFFICERS_ONLY.getOrDefault(group, Map.of()).get(name);
        if (own != null) {
            return own;
        }
        String key = "js." + group + "." + name;
        String zh = messages.getMessage(key, null, null, CHINESE);
        String en = messages.getMessage(key, null, null, ENGLISH);
        return zh == null ? new Bilingual(name, "") : new Bilingual(zh, en == null || en.equals(zh) ? "" : en);
    }

    /** A heading or row label of the portal's tax computation ({@code js.tax.<key>}). */
    public Bilingual tax(String key) {
        return of("tax", key);
    }
}
