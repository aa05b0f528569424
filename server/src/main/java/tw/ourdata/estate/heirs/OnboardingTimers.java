package tw.ourdata.estate.heirs;

import java.time.Duration;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The timers of {@code heir-onboarding}, read by its timer definitions as
 * {@code ${onboardingTimers.reminderCycle}} and {@code ${onboardingTimers.escalation}}:
 * {@code ourdata.onboarding.reminder} (default P7D, repeated until onboarding ends) and
 * {@code ourdata.onboarding.escalation} (default P30D, once).
 */
@Component("onboardingTimers")
public class OnboardingTimers {

    private final String reminder;
    private final String escalation;

    OnboardingTimers(@Value("${ourdata.onboarding.reminder:P7D}") String reminder,
                     @Value("${ourdata.onboarding.escalation:P30D}") String escalation) {
        this.reminder = checked(reminder, "ourdata.onboarding.reminder");
        this.escalation = checked(escalation, "ourdata.onboarding.escalation");
    }

    /** ISO 8601 repeating interval, unbounded: {@code R/P7D}. */
    public String getReminderCycle() {
        return "R/" + reminder;
    }

    /** ISO 8601 duration: {@code P30D}. */
    public String getEscalation() {
        return escalation;
    }

    private static String checked(String value, String property) {
        String v = value.strip();
        try {
            if (v.contains("T")) {
                Duration.parse(v);
            } else {
                Period.parse(v);
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException(property + " must be an ISO 8601 duration such as P7D or PT12H, not " + value);
        }
        return v;
    }
}
