package dk.kl.partnerships.billing.registration;

import java.time.LocalDate;

/**
 * What a withdrawal does to invoices already issued. By default: before the programme starts every
 * issued invoice is credited in full; after the start they stand. Instalments falling due after a
 * withdrawal are never issued either way.
 */
public record WithdrawalPolicy(boolean creditIssuedBeforeStart, boolean creditIssuedAfterStart) {

    public static final WithdrawalPolicy DEFAULT = new WithdrawalPolicy(true, false);

    boolean creditsIssuedInvoices(LocalDate withdrawnOn, LocalDate startsOn) {
        return withdrawnOn.isBefore(startsOn) ? creditIssuedBeforeStart : creditIssuedAfterStart;
    }

    /** The credit note's reason, naming the rule that was applied: withdrawn before or after the start. */
    static String creditReason(Leaving leaving, LocalDate startsOn) {
        String when = leaving.withdrawnOn().isBefore(startsOn) ? "før start" : "efter start";
        return "Udtrådt af programmet " + leaving.withdrawnOn() + " " + when + " (" + startsOn + "): "
                + leaving.reason();
    }
}
