package tw.ourdata.estate.security;

import tw.ourdata.estate.common.Sha256;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * API keys are random 256-bit secrets, so one unsalted SHA-256 is enough to store them: there is
 * nothing to brute-force. (The demo keys are guessable on purpose and only work in demo mode.)
 */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String sha256(String key) {
        return Sha256.hex(key);
    }

    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
