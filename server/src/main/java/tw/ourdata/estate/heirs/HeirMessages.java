package tw.ourdata.estate.heirs;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.heirs.notifications.NotificationOutbox;

/**
 * Messages to every heir who still takes part in a case (not predeceased, not renounced), to
 * their registered contact, through the outbox: for features other than onboarding, such as the
 * filing-deadline reminder.
 */
@Service
public class HeirMessages {

    private final OnboardingRepository heirs;
    private final NotificationOutbox outbox;

    HeirMessages(OnboardingRepository heirs, NotificationOutbox outbox) {
        this.heirs = heirs;
        this.outbox = outbox;
    }

    /** @return how many heirs were reachable and got the message */
    @Transactional(propagation = Propagation.REQUIRED)
    public int toActiveHeirs(UUID caseId, String subject, String body) {
        int sent = 0;
        for (OnboardingHeir heir : heirs.ofCase(caseId)) {
            if (heir.predeceased() || heir.status() == OnboardingStatus.RENOUNCED) {
                continue;
            }
            Contact contact = Contact.of(heir);
            if (contact != null) {
                outbox.enqueue(caseId, heir.id(), contact.channel(), contact.address(), subject, body);
                sent++;
            }
        }
        return sent;
    }
}
