package tw.ourdata.estate.portal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The messages the portal's scripts need (keys starting with {@code js.}), in the page's language, as a JSON
 * block in the page: the scripts render the API's answers (statuses, labels) without a second request and
 * without inline script, which the pages' Content-Security-Policy forbids.
 */
@Component
class PortalMessages {

    private static final String PREFIX = "js.";

    private final String chinese;
    private final String english;

    PortalMessages(ObjectMapper json) {
        Map<String, String> zh = load("portal/messages.properties");
        Map<String, String> en = new TreeMap<>(zh);
        en.putAll(load("portal/messages_en.properties"));
        this.chinese = toJson(json, zh);
        this.english = toJson(json, en);
    }

    /** JSON, safe to place inside a {@code <script type="application/json">} element. */
    String forScripts(Locale locale) {
        return PortalLocales.isEnglish(locale) ? english : chinese;
    }

    private static Map<String, String> load(String path) {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> result = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                .forEach(k -> result.put(k.substring(PREFIX.length()), p.getProperty(k)));
        return result;
    }

    private static String toJson(ObjectMapper json, Map<String, String> messages) {
        try {
            // "<" escaped, so no message can close the script element early
            return json.writeValueAsString(messages).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
