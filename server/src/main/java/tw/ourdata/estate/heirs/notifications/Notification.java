package tw.ourdata.estate.heirs.notifications;

import java.util.UUID;

/** One message to one person, as the outbox holds it. */
public record Notification(UUID id, Channel channel, String recipient, String subject, String body) {

    public enum Channel { EMAIL, SMS }

    @Override
    public String toString() {
        // Never the address or the body (it may hold a one-time code or an invitation link).
        return "Notification[" + id + " " + channel + " to " + Recipients.mask(recipient) + "]";
    }
}
