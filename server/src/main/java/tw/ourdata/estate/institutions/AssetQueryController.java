package tw.ourdata.estate.institutions;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.common.ConcurrentChanges;
import tw.ourdata.estate.security.ApiClient;

/**
 * {@code POST /api/v1/asset-queries/{queryId}/answer}: the institution protocol, inbound. Only the
 * institution the query went to may answer it, with its own API key.
 *
 * <p>200 with a receipt, also for an identical repeat ({@code repeat: true}); 403 for another
 * institution's query; 404 for an unknown one; 409 for a different second answer or a query a
 * tax officer closed; 422 with every field problem; 413 over 1 MiB.
 */
@RestController
class AssetQueryController {

    private final AssetQueryAnswers answers;

    AssetQueryController(AssetQueryAnswers answers) {
        this.answers = answers;
    }

    @PostMapping(path = "/api/v1/asset-queries/{queryId}/answer", consumes = "application/json")
    AssetQueryAnswers.Receipt answer(@PathVariable String queryId, @RequestBody AnswerRequest body,
                                     @AuthenticationPrincipal ApiClient institution) {
        // The process may move at the same moment (its service-level timer, say).
        return ConcurrentChanges.retried(() -> answers.receive(queryId, body, institution));
    }
}
