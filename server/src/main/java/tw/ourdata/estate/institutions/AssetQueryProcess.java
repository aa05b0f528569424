package tw.ourdata.estate.institutions;

/** The names the BPMN process {@code asset-query} and this package share. */
public final class AssetQueryProcess {

    public static final String KEY = "asset-query";
    /** The message an institution's answer is correlated with, by {@link #QUERY_ID}. */
    public static final String ANSWER_MESSAGE = "AssetQueryAnswered";
    public static final String INSTITUTION_REFUSED_QUERY = "INSTITUTION_REFUSED_QUERY";

    public static final String CASE_ID = "caseId";
    public static final String INSTITUTION_CODE = "institutionCode";
    public static final String QUERY_ID = "queryId";
    public static final String SERVICE_LEVEL = "serviceLevel";
    public static final String SEND_COUNT = "sendCount";
    public static final String ANSWERED = "answered";
    public static final String ESCALATION_REASON = "escalationReason";
    /** The officer's choice on the escalation task: {@code RESEND} or {@code CLOSE}. */
    public static final String DECISION = "decision";
    public static final String CLOSE_REASON = "closeReason";

    private AssetQueryProcess() {
    }
}
