package tw.ourdata.estate.simulator;

import java.util.Locale;

/** How a simulated institution treats the queries it gets, to demonstrate every path of {@code asset-query}. */
public enum Behaviour {
    /** Accepts (202) and answers after the usual short delay. */
    NORMAL,
    /** Accepts and answers only after {@code ourdata.simulator.slow-delay}. */
    SLOW,
    /** Accepts and never answers: the service level passes, the query is re-sent, then escalated. */
    SILENT,
    /** Answers every query with 503: the engine retries, then raises an incident. */
    FAILING,
    /** Answers every query with 400: the query is escalated to a tax officer at once. */
    REFUSING;

    static Behaviour parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
