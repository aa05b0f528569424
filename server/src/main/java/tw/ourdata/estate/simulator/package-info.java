/**
 * The bundled institution simulator, so a demo (and the end-to-end tests) run the whole
 * institution protocol over HTTP without any real institution.
 *
 * <p>On in demo mode unless {@code ourdata.simulator.institutions=false}; outside demo mode it is
 * not served at all ({@link tw.ourdata.estate.simulator.SimulatorEnabled}). It serves
 * {@code POST /simulator/institutions/{code}/queries} without authentication, answers 202, and
 * later posts a deterministic synthetic answer ({@link tw.ourdata.estate.simulator.SimulatedEstate})
 * to the real callback API with the institution's demo key {@code dev-<code>}. Per institution it
 * can be made slow, silent, failing (503) or refusing (400) with
 * {@code ourdata.simulator.behaviour.<CODE>}, or at run time through
 * {@link tw.ourdata.estate.simulator.SimulatorSettings}.
 *
 * <p>Beside it, also demo mode only: {@link tw.ourdata.estate.simulator.SimulatedHeirs} (off unless switched on)
 * and {@link tw.ourdata.estate.simulator.SimulatedTreasury} (on unless {@code ourdata.simulator.treasury=false}),
 * which pays each issued assessment notice over the public payment API with the key {@code dev-treasury}.
 *
 * <p>The same endpoint takes transfer instructions ({@code type: ASSET_TRANSFER}): the simulated
 * institution downloads the partition agreement and the tax certificate with its own key, checks
 * their hashes, and confirms the transfer on the callback a little later
 * ({@link tw.ourdata.estate.simulator.SimulatedTransfers}) — or rejects it if a document is not what
 * the instruction promised. The behaviour switches apply to transfers as well.
 */
package tw.ourdata.estate.simulator;
