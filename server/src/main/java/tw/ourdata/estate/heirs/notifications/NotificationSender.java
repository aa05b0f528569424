package tw.ourdata.estate.heirs.notifications;

/**
 * Delivers one message: an e-mail or SMS gateway in production, the dev inbox in demo mode.
 * A deployer plugs in their gateway by declaring a bean of this type.
 *
 * <p>Called after the business transaction committed, possibly more than once for the same
 * message when a previous attempt failed half-way: a gateway that can, should deduplicate on
 * {@link Notification#id()}.
 */
public interface NotificationSender {

    /** Throws when the message was not accepted; the outbox retries later. */
    void send(Notification notification) throws Exception;
}
