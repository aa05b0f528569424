package tw.ourdata.estate.templates;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.chrono.MinguoDate;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** How amounts and dates read on the documents: NT$ with grouping; dates in the ROC calendar and ISO. */
final class Formats {
    private static final int FIRST_ROC_YEAR = 1912;

    private Formats() {
    }

    static String ntd(long amount) {
        // NumberFormat is not thread-safe, so each call takes its own.
        return "NT$ " + NumberFormat.getIntegerInstance(Locale.TAIWAN).format(amount);
    }

    /** E.g. "民國115年3月14日 (2026-03-14)": Taiwanese offices date documents in the ROC calendar. */
    static String date(LocalDate date) {
        if (date.getYear() < FIRST_ROC_YEAR) {
            return date.toString();
        }
        MinguoDate roc = MinguoDate.from(date);
        return "民國" + roc.get(ChronoField.YEAR_OF_ERA) + "年" + date.getMonthValue() + "月"
                + date.getDayOfMonth() + "日 (" + date + ")";
    }
}
