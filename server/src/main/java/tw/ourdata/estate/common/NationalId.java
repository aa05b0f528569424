package tw.ourdata.estate.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Taiwan's personal identification numbers: the national ID of a citizen (國民身分證統一編號,
 * {@code A123456789}: a letter for the place of first registration, 1 or 2, eight digits) and
 * the resident certificate numbers of foreign residents — the 2021 format with 8 or 9 as the
 * second character, which uses the same checksum, and the older format with a second letter
 * A–D, still valid on certificates issued before 2021.
 *
 * <p>The checksum: the first letter becomes two digits (A=10 … per the Ministry of the
 * Interior's table, where I, O, W, X, Y, Z are out of alphabetical order), then
 * {@code d1·1 + d2·9 + n1·8 + n2·7 + … + n8·1 + check ≡ 0 (mod 10)}.
 */
public final class NationalId {

    /** Letter values A..Z per the Ministry of the Interior's table. */
    private static final int[] LETTER_VALUES = {
            10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21,
            22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33};

    /** Anything shaped like a national ID or resident certificate number, wherever it stands in a text. */
    private static final Pattern WITHIN_TEXT =
            Pattern.compile("(?<![A-Za-z0-9])([A-Z][1289A-D]\\d)(\\d{4})(\\d{3})(?![A-Za-z0-9])");

    private NationalId() {
    }

    /** Why the number is not valid, or {@code null} when it is. */
    public static String problem(String id) {
        if (id == null || id.isBlank()) {
            return "is required";
        }
        if (id.length() != 10) {
            return "must be 10 characters: a letter and nine digits (e.g. A123456789)";
        }
        char first = id.charAt(0);
        if (first < 'A' || first > 'Z') {
            return "must start with an upper-case letter";
        }
        char second = id.charAt(1);
        int secondValue;
        if (second == '1' || second == '2' || second == '8' || second == '9') {
            secondValue = second - '0';
        } else if (second >= 'A' && second <= 'D') {
            // Resident certificates before 2021: the second letter counts by its last digit.
            secondValue = LETTER_VALUES[second - 'A'] % 10;
        } else {
            return "second character must be 1 or 2 (citizen), 8 or 9 (resident certificate), or A–D (older resident certificate)";
        }
        for (int i = 2; i < 10; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return "characters 3 to 10 must be digits";
            }
        }
        int letter = LETTER_VALUES[first - 'A'];
        int sum = (letter / 10) + (letter % 10) * 9 + secondValue * 8;
        for (int i = 2; i < 9; i++) {
            sum += (id.charAt(i) - '0') * (9 - i);
        }
        sum += id.charAt(9) - '0';
        return sum % 10 == 0 ? null : "checksum does not match: please check every digit";
    }

    public static boolean isValid(String id) {
        return problem(id) == null;
    }

    /**
     * The form every API response, log line and document summary uses: {@code A12****789}.
     * National IDs never leave the server in clear except to their owner and on signed documents.
     */
    public static String mask(String id) {
        if (id == null || id.length() < 7) {
            return "****";
        }
        return id.substring(0, 3) + "****" + id.substring(id.length() - 3);
    }

    /**
     * Masks every national ID inside a free text ({@code A123456789} → {@code A12****789}): defence in depth for
     * texts whose writer may not have masked, such as a log line or an audit event's detail.
     */
    public static String maskWithin(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = WITHIN_TEXT.matcher(text);
        return m.find() ? m.replaceAll("$1****$3") : text;
    }
}
