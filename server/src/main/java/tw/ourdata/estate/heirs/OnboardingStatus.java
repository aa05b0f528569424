package tw.ourdata.estate.heirs;

/** Where an heir stands in onboarding (DESIGN.md lifecycle step 2). */
public enum OnboardingStatus {
    /** An invitation was sent; the heir has not proved who they are yet. */
    INVITED,
    /** The heir (or a minor's guardian) proved their identity. */
    VERIFIED,
    /** The heir consented to data use within the case and named a proxy. */
    AUTHORISED,
    /** The heir renounced the inheritance (拋棄繼承) with the court; they take no further part. */
    RENOUNCED
}
