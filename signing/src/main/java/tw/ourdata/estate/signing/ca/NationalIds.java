package tw.ourdata.estate.signing.ca;

/** Masking of national IDs for reports and logs: {@code A123456789} becomes {@code A12****789}. */
public final class NationalIds {
    private NationalIds() {
    }

    public static String mask(String nationalId) {
        if (nationalId == null) {
            return null;
        }
        int n = nationalId.length();
        if (n <= 6) {
            return "*".repeat(n);
        }
        return nationalId.substring(0, 3) + "*".repeat(n - 6) + nationalId.substring(n - 3);
    }
}
