package dk.kl.partnerships.billing.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Danish kroner to the øre: two decimals, rounded half up, never by floating point. */
public final class Amounts {

    public static final int SCALE = 2;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Amounts() {}

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** A value that must already be exact to the øre. */
    public static BigDecimal exact(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** VAT on a net amount at a percentage rate. */
    public static BigDecimal vat(BigDecimal net, BigDecimal ratePercent) {
        return round(net.multiply(ratePercent).divide(HUNDRED, 10, RoundingMode.HALF_UP));
    }

    /**
     * Splits an amount by shares; every part is rounded to the øre and the last takes the
     * remainder, so the parts always add up to the whole.
     */
    public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> shares) {
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal part = i == shares.size() - 1 ? total.subtract(allocated) : round(total.multiply(shares.get(i)));
            parts.add(exact(part));
            allocated = allocated.add(part);
        }
        return parts;
    }
}
