package tw.ourdata.estate.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * The portal's pages as any browser gets them: Traditional Chinese unless English was chosen (and then
 * remembered), every resource from this server, and a policy that tells the browser to load nothing else.
 */
@IntegrationTest
class PortalPagesTest {

    private static final Pattern REMOTE = Pattern.compile("(src|href|action)=\"(https?:)?//", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Test
    void everyPageIsInTraditionalChineseFirstAndLoadsNothingFromElsewhere() {
        Http http = new Http(port);
        for (String path : new String[] {"/", "/estimate", "/portal/invitations/some-token",
                "/portal/cases/2489e249-5199-491e-841a-e290b3ec8e4c",
                "/portal/cases/2489e249-5199-491e-841a-e290b3ec8e4c/authorisation?heir=2489e249-5199-491e-841a-e290b3ec8e4c",
                "/portal/cases/2489e249-5199-491e-841a-e290b3ec8e4c/partition-plan",
                "/portal/documents/2489e249-5199-491e-841a-e290b3ec8e4c/signing"}) {
            Http.Response page = http.get(path, null);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(page.body()).as(path).contains("<html lang=\"zh-Hant-TW\">").contains("遺產繼承線上服務")
                    .contains("<main id=\"main\"").contains("<header").contains("<footer").contains("<nav")
                    .contains("href=\"#main\"");
            assertThat(REMOTE.matcher(page.body()).find()).as(path + " loads something from elsewhere").isFalse();
            assertThat(page.header("Content-Security-Policy")).as(path).contains("default-src 'none'")
                    .contains("script-src 'self'").contains("connect-src 'self'");
            assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
        // A tab says which page it is, and the service's name once.
        assertThat(http.get("/", null).body()).contains("<title>遺產繼承線上服務</title>");
        assertThat(http.get("/portal/cases/2489e249-5199-491e-841a-e290b3ec8e4c/partition-plan", null).body())
                .contains("<title>遺產分割方案 — 遺產繼承線上服務</title>");
        assertThat(http.get("/assets/portal/portal.css", null).status()).isEqualTo(200);
        assertThat(http.get("/assets/portal/common.js", null).status()).isEqualTo(200);
    }

    @Test
    void englishIsOneSwitchAwayAndRemembered() {
        Http http = new Http(port);
        Http.Response english = http.get("/estimate?lang=en", null);
        assertThat(english.body()).contains("<html lang=\"en\">").contains("Estate-tax estimate");
        String cookie = english.header("Set-Cookie");
        assertThat(cookie).startsWith("OURDATA_LANG=en").contains("HttpOnly");

        Http.Response later = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).GET().build());
        assertThat(later.body()).contains("<html lang=\"en\">").contains("How to begin")
                .contains("href=\"/?lang=zh-TW\"");
        assertThat(http.get("/", null).body()).contains("如何開始");
    }

    @Test
    void pagesTakeNoStateChangeAndNoMalformedIds() {
        Http http = new Http(port);
        assertThat(http.postJson("/", null, "{}").status()).isEqualTo(403);
        assertThat(http.get("/portal/cases/not-a-case", null).status()).isEqualTo(404);
    }
}
