package dk.kl.partnerships.registration.municipality;

import dk.kl.partnerships.kit.domain.Ean;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.InvalidFieldException.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * How a municipality is invoiced: its CVR number, the EAN numbers (GLN) of the units that receive
 * e-invoices — programme invoices go to the first — the buyer reference to quote, the invoice
 * address and, when the municipality's bookkeeping asks for them, an order reference (its purchase
 * order number) and the account string (konteringsstreng) its invoices are to be booked to. A
 * profile that exists is valid: every rule is checked when it is made.
 */
public record BillingProfile(
        String cvr,
        List<String> eans,
        String buyerReference,
        InvoiceAddress address,
        String orderReference,
        String accountingCost) {

    static final int MAX_REFERENCE_LENGTH = 100;

    public BillingProfile {
        eans = eans == null ? List.of() : List.copyOf(eans);
        orderReference = blankToNull(orderReference);
        accountingCost = blankToNull(accountingCost);
        List<FieldProblem> problems = new ArrayList<>();
        if (!Cvr.isValid(cvr)) {
            problems.add(new FieldProblem("cvr", "must be 8 digits"));
        }
        if (eans.isEmpty()) {
            problems.add(new FieldProblem("eans", "must name at least one EAN number"));
        }
        for (int i = 0; i < eans.size(); i++) {
            if (!Ean.isValid(eans.get(i))) {
                problems.add(new FieldProblem(
                        "eans[" + i + "]", "must be 13 digits starting with 579 and end with a valid GS1 check digit"));
            }
        }
        if (eans.stream().distinct().count() != eans.size()) {
            problems.add(new FieldProblem("eans", "must not repeat an EAN number"));
        }
        if (buyerReference == null || buyerReference.isBlank() || buyerReference.length() > MAX_REFERENCE_LENGTH) {
            problems.add(new FieldProblem("buyerReference", "must be 1 to 100 characters"));
        }
        if (orderReference != null && orderReference.length() > MAX_REFERENCE_LENGTH) {
            problems.add(new FieldProblem("orderReference", "must be at most 100 characters"));
        }
        if (accountingCost != null && accountingCost.length() > MAX_REFERENCE_LENGTH) {
            problems.add(new FieldProblem("accountingCost", "must be at most 100 characters"));
        }
        if (address == null) {
            problems.add(new FieldProblem("address", "is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The EAN that programme invoices are sent to. */
    public String invoiceEan() {
        return eans.get(0);
    }
}
