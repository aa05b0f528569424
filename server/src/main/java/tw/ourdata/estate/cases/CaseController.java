package tw.ourdata.estate.cases;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/cases/{id}}: where a case stands. */
@RestController
class CaseController {

    private final CaseViews views;

    CaseController(CaseViews views) {
        this.views = views;
    }

    @GetMapping("/api/v1/cases/{id}")
    CaseView get(@PathVariable String id, Authentication caller) {
        return views.read(id, caller);
    }
}
