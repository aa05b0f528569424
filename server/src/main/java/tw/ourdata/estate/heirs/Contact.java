package tw.ourdata.estate.heirs;

import tw.ourdata.estate.heirs.notifications.Notification;

/**
 * Where messages for an heir go: the heir row's registered e-mail, else its phone (by SMS). For a
 * minor, the registration office records the guardian's contact on the minor's row.
 */
record Contact(Notification.Channel channel, String address) {

    static Contact of(OnboardingHeir heir) {
        if (heir.contactEmail() != null && !heir.contactEmail().isBlank()) {
            return new Contact(Notification.Channel.EMAIL, heir.contactEmail().strip());
        }
        if (heir.contactPhone() != null && !heir.contactPhone().isBlank()) {
            return new Contact(Notification.Channel.SMS, heir.contactPhone().strip());
        }
        return null;
    }
}
