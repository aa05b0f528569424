package tw.ourdata.estate.heirs.notifications;

/** How an address appears in logs and on screens that are not its owner's: {@code m***@example.tw}, {@code 0912***678}. */
public final class Recipients {

    private Recipients() {
    }

    public static String mask(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return "(none)";
        }
        int at = recipient.indexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "***" + recipient.substring(at);
        }
        String digits = recipient.strip();
        if (digits.length() < 7) {
            return "***";
        }
        return digits.substring(0, 4) + "***" + digits.substring(digits.length() - 3);
    }
}
