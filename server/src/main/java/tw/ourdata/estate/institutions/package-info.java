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
 *
 * <h2>Transfers (DESIGN.md, lifecycle step 7)</h2>
 * Once the tax is settled and the partition agreement signed, {@code estate-settlement} runs
 * {@code prepareTransfers} ({@link tw.ourdata.estate.institutions.PrepareTransfersDelegate}): one row in
 * {@code asset_transfer} per institution with at least one reported asset of the case (debts are not
 * transferred), and their codes as {@code transferInstitutionCodes} — possibly none, and then the parallel
 * multi-instance completes at once. It calls {@code asset-transfer} once per code, the same shape as
 * {@code asset-query}:
 * <ol>
 *   <li>{@code registerAssetTransfer}: the transfer id, and the documents the instruction names — the
 *       case's SIGNED partition agreement and its tax certificate (the tax clearance certificate, else the
 *       exemption certificate);</li>
 *   <li>{@code sendAssetTransfer}, asynchronous ({@code R5/PT10S}; 4xx = refusal → officer): {@code POST}
 *       to the institution's endpoint (the one its queries go to) of a
 *       {@link tw.ourdata.estate.institutions.TransferInstruction} ({@code type: ASSET_TRANSFER}) with the
 *       decedent, both documents' ids, hashes and download URLs, the assets the institution holds with
 *       each heir's allocation, and the callback URL. The instruction as sent is kept on the row; sending
 *       it is recorded in the audit trail with the heirs whose data it carries;</li>
 *   <li>{@code awaitConfirmation}: message {@code AssetTransferConfirmed} by {@code transferId}; the
 *       service-level timer re-sends once, then asks an officer; a rejection (message
 *       {@code AssetTransferRejected}) asks an officer at once;</li>
 *   <li>{@code institutionHasNotConfirmed}: Camunda Form {@code institution-has-not-confirmed}, RESEND or
 *       CLOSE with a reason ({@code closeAssetTransferWithoutConfirmation}); a late confirmation ends the task.</li>
 * </ol>
 * The institution downloads the documents with its own key from
 * {@code GET /api/v1/transfers/{transferId}/documents/{documentId}} — only those its instruction names,
 * each download audited — and confirms on {@code POST /api/v1/transfers/{transferId}/confirmation}
 * ({@link tw.ourdata.estate.institutions.AssetTransferConfirmations}: the same rules as an answer — 403,
 * 404, 422, 413, an identical repeat 200, a different one or one after the officer closed it 409).
 * Who receives which asset is read in one place,
 * {@link tw.ourdata.estate.institutions.AssetTransferRepository#allocations}, from the partition plan's
 * table once it exists.
 */
package tw.ourdata.estate.institutions;
