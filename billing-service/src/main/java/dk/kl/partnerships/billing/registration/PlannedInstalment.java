package dk.kl.partnerships.billing.registration;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of a membership's price: due on a date, for a net amount; then issued (and perhaps credited) or cancelled. */
record PlannedInstalment(int number, int of, LocalDate dueOn, BigDecimal netAmount, Status status, String invoiceId) {

    public enum Status {
        PLANNED,
        ISSUED,
        CANCELLED,
        CREDITED
    }

    PlannedInstalment issuedAs(String id) {
        return new PlannedInstalment(number, of, dueOn, netAmount, Status.ISSUED, id);
    }

    PlannedInstalment credited() {
        return new PlannedInstalment(number, of, dueOn, netAmount, Status.CREDITED, invoiceId);
    }

    PlannedInstalment cancelled() {
        return new PlannedInstalment(number, of, dueOn, netAmount, Status.CANCELLED, null);
    }
}
