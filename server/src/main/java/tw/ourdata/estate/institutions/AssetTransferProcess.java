package tw.ourdata.estate.institutions;

/** The names the BPMN process {@code asset-transfer} (and the {@code prepareTransfers} step of the case) and this package share. */
public final class AssetTransferProcess {

    public static final String KEY = "asset-transfer";
    /** The message an institution's confirmation is correlated with, by {@link #TRANSFER_ID}. */
    public static final String CONFIRMED_MESSAGE = "AssetTransferConfirmed";
    /** The message an institution's rejection is correlated with: the officer looks at it. */
    public static final String REJECTED_MESSAGE = "AssetTransferRejected";
    public static final String INSTITUTION_REFUSED_TRANSFER = "INSTITUTION_REFUSED_TRANSFER";

    /** Set on the case by {@code prepareTransfers}: the multi-instance collection of {@code assetTransfers}. */
    public static final String TRANSFER_INSTITUTION_CODES = "transferInstitutionCodes";

    public static final String CASE_ID = "caseId";
    public static final String INSTITUTION_CODE = "institutionCode";
    public static final String TRANSFER_ID = "transferId";
    public static final String SERVICE_LEVEL = "serviceLevel";
    public static final String SEND_COUNT = "sendCount";
    public static final String CONFIRMED = "confirmed";
    public static final String ESCALATION_REASON = "escalationReason";
    /** The officer's choice on the escalation task: {@code RESEND} or {@code CLOSE}. */
    public static final String DECISION = "decision";
    public static final String CLOSE_REASON = "closeReason";

    private AssetTransferProcess() {
    }
}
