package tw.ourdata.estate.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Defence in depth for "national IDs never appear in logs in clear": whatever a log line or a
 * library's exception message carries, anything shaped like a national ID or resident
 * certificate number is masked before it is written ({@code A123456789} → {@code A12****789}).
 */
public class MaskingMessageConverter extends MessageConverter {

    private static final Pattern NATIONAL_ID = Pattern.compile("(?<![A-Za-z0-9])([A-Z][1289A-D]\\d)(\\d{4})(\\d{3})(?![A-Za-z0-9])");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    static String mask(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = NATIONAL_ID.matcher(message);
        return m.find() ? m.replaceAll("$1****$3") : message;
    }
}
