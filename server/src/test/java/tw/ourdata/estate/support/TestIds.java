package tw.ourdata.estate.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid, unique national IDs for test data, computed independently of the production
 * validator (a table lookup written out differently), so a checksum bug cannot hide itself.
 */
public final class TestIds {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"; // values 10..35 in this order
    private static final AtomicInteger SEQUENCE = new AtomicInteger(1_000_000);

    private TestIds() {
    }

    /** A citizen ID starting with A and gender digit 1 or 2. */
    public static String citizen(int gender) {
        return withCheckDigit("A" + gender + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000));
    }

    /** A 2021-format resident certificate number (second character 8 or 9). */
    public static String resident(int second) {
        return withCheckDigit("F" + second + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000));
    }

    /** Appends the check digit to a letter and eight digits. */
    public static String withCheckDigit(String nine) {
        int value = LETTERS.indexOf(nine.charAt(0)) + 10;
        int[] digits = new int[10];
        digits[0] = value / 10;
        digits[1] = value % 10;
        for (int i = 1; i < 9; i++) {
            digits[i + 1] = nine.charAt(i) - '0';
        }
        int[] weights = {1, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += digits[i] * weights[i];
        }
        int check = (10 - sum % 10) % 10;
        return nine + check;
    }

    public static String registrationNumber() {
        return "DR-TEST-" + SEQUENCE.incrementAndGet();
    }
}
