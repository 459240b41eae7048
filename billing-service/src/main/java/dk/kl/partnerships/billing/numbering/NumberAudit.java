package dk.kl.partnerships.billing.numbering;

import java.util.List;

/**
 * Evidence that a series has no gaps and no duplicates in a year: the first and last number,
 * how many documents it holds, and the numbers missing in between (at most {@value #LISTED_GAPS} listed).
 */
public record NumberAudit(
        String series, int year, Long first, Long last, long count, long gapCount, List<Long> gaps, long duplicates) {

    public static final int LISTED_GAPS = 100;

    public boolean complete() {
        return gapCount == 0 && duplicates == 0 && (first == null || first == 1);
    }
}
