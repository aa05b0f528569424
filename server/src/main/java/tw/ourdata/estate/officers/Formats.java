package tw.ourdata.estate.officers;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times and amounts as a Taiwanese officer reads them: times in Taipei whatever the server's zone, ISO dates,
 * whole NT$ with thousands separators. Absent values show as a dash, never as "null". One name per argument type,
 * so that a template passing an absent value never makes the expression language choose between overloads.
 */
public final class Formats {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String NONE = "—";

    public String date(LocalDate date) {
        return date == null ? NONE : date.toString();
    }

    /** The day (in Taipei) of a moment. */
    public String dateOf(OffsetDateTime time) {
        return time == null ? NONE : time.atZoneSameInstant(TAIPEI).toLocalDate().toString();
    }

    public String time(OffsetDateTime time) {
        return time == null ? NONE : time.atZoneSameInstant(TAIPEI).format(TIME);
    }

    public String instant(Instant time) {
        return time == null ? NONE : time.atZone(TAIPEI).format(TIME);
    }

    public String money(long amount) {
        return "NT$ " + NumberFormat.getIntegerInstance(Locale.TAIWAN).format(amount);
    }
}
