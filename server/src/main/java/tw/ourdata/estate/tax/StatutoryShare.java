package tw.ourdata.estate.tax;

/**
 * One heir's statutory share in the response: {@code {heir: 0, share: "1/3"}}.
 *
 * @param heir  index of the heir in the request's {@code heirs}
 * @param share exact fraction as text ("0" for a listed person who does not inherit)
 */
public record StatutoryShare(int heir, String share) {
}
