package tw.ourdata.estate.signing.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each revision (the original document and every incremental update, ISO 32000-1 section 7.5.6) ends:
 * just after its {@code %%EOF} marker and end-of-line. A signature covers exactly one such prefix.
 */
final class Revisions {
    private final List<Integer> ends;

    private Revisions(List<Integer> ends) {
        this.ends = ends;
    }

    static Revisions of(byte[] pdf) {
        byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        List<Integer> ends = new ArrayList<>();
        outer:
        for (int i = 0; i + marker.length <= pdf.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (pdf[i + j] != marker[j]) {
                    continue outer;
                }
            }
            int end = i + marker.length;
            if (end < pdf.length && pdf[end] == '\r') {
                end++;
            }
            if (end < pdf.length && pdf[end] == '\n') {
                end++;
            }
            ends.add(end);
            i = end - 1;
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) < pdf.length) {
            ends.add(pdf.length); // trailing bytes without a marker are a revision of their own
        }
        return new Revisions(ends);
    }

    int count() {
        return ends.size();
    }

    /** 1-based revision ending exactly at {@code offset}, or 0 if none does. */
    int revisionEndingAt(long offset) {
        for (int i = 0; i < ends.size(); i++) {
            if (ends.get(i) == offset) {
                return i + 1;
            }
        }
        return 0;
    }

    int end(int revision) {
        return ends.get(revision - 1);
    }
}
