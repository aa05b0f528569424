/**
 * Asset discovery (DESIGN.md, lifecycle step 2): every institution that may hold the decedent's
 * assets or debts is asked at once, and what they answer becomes the case's inventory.
 *
 * <h2>How it runs</h2>
 * {@code estate-settlement} calls the BPMN process {@code asset-query} once per active row of the
 * table {@code institution} ({@code ${institutions.activeCodes()}}, multi-instance, parallel). Each
 * {@code asset-query}:
 * <ol>
 *   <li>{@code registerAssetQuery} ({@link tw.ourdata.estate.institutions.RegisterAssetQueryDelegate}):
 *       the query gets its id (row in {@code asset_query}, status PENDING);</li>
 *   <li>{@code sendAssetQuery} ({@link tw.ourdata.estate.institutions.SendAssetQueryDelegate}),
 *       an asynchronous job: {@code POST {endpoint}} with
 *       {@code {queryId, decedent: {nationalId, name, birthDate}, dateOfDeath, callbackUrl}}.
 *       Network errors and 5xx are retried by the job executor ({@code R5/PT10S}), then an incident;
 *       a 4xx is a refusal and goes straight to the officer;</li>
 *   <li>{@code awaitAnswer} waits for message {@code AssetQueryAnswered}, correlated by the process
 *       variable {@code queryId}; its boundary timer {@code serviceLevelPassed} (the institution's
 *       service level) sends the query once more, and the second time asks an officer;</li>
 *   <li>{@code institutionHasNotAnswered}: user task for {@code tax-officers} with the Camunda Form
 *       {@code institution-has-not-answered}; {@code decision = RESEND} sends again,
 *       {@code decision = CLOSE} with {@code closeReason} runs {@code closeAssetQueryWithoutAnswer}.
 *       An answer that arrives meanwhile ends the task (boundary message {@code lateAnswer}).</li>
 * </ol>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>The answer is stored and the message correlated in one transaction
 *       ({@link tw.ourdata.estate.institutions.AssetQueryAnswers}). Sending and receiving both lock
 *       the query row first, so an answer that comes back while the query is still being sent waits
 *       until the process really waits for it; an answer that arrives while a re-send job is
 *       pending is stored, and that job then ends the query instead of sending.</li>
 *   <li>An answer's identity is its normalised content (trimmed texts, reduced fractions, sorted
 *       keys): the same answer again is 200 with {@code repeat: true}; a different one is 409.</li>
 *   <li>The end events of {@code asset-query} are asynchronous and the engine runs exclusive jobs
 *       of one case one at a time ({@code jobExecutorAcquireExclusiveOverProcessHierarchies}), so
 *       nine answers arriving together never conflict on the case's multi-instance counters.</li>
 *   <li>Endpoints: an absolute URL is called as is; a path ({@code /simulator/...}, as seeded)
 *       means this server's bundled simulator and is resolved against the port the server
 *       actually listens on — in demo mode only ({@link tw.ourdata.estate.institutions.ServerAddress}).
 *       Callbacks go to {@code ourdata.public-base-url}, with the actual port when that says port 0.</li>
 *   <li>{@code ourdata.institutions.service-level-override} (e.g. {@code PT2M}) replaces every
 *       service level, for demonstrating escalations without waiting days.</li>
 *   <li>Status PENDING (registered, not yet accepted by the institution) is shown besides SENT,
 *       ANSWERED, ESCALATED and CLOSED_WITHOUT_ANSWER, so a retried delivery is visible.</li>
 * </ul>
 */
package tw.ourdata.estate.institutions;
