package tw.ourdata.estate.common;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Defence in depth for "national IDs never appear in logs in clear": whatever a log line or a
 * library's exception message carries, anything shaped like a national ID or resident
 * certificate number is masked before it is written ({@code A123456789} → {@code A12****789}).
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    static String mask(String message) {
        return NationalId.maskWithin(message);
    }
}
