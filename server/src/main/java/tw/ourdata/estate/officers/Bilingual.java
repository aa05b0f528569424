package tw.ourdata.estate.officers;

/** One term in Traditional Chinese, then in English: every label of the officers' pages shows both. */
public record Bilingual(String zh, String en) {
}
