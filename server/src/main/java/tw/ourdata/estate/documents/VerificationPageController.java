package tw.ourdata.estate.documents;

import java.io.IOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /verify}: the same check as {@code POST /api/v1/documents/verify}, for a person with a file (驗證文件簽章).
 * A static page and a small script served by this server: nothing is loaded from elsewhere, and the file goes
 * only to this server.
 */
@Controller
class VerificationPageController {

    private static final Resource PAGE = new ClassPathResource("static/verify/index.html");

    @GetMapping({"/verify", "/verify/"})
    ResponseEntity<Resource> page() throws IOException {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                        + "connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
                .body(PAGE);
    }
}
