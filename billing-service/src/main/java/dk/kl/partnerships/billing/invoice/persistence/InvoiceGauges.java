package dk.kl.partnerships.billing.invoice.persistence;

import dk.kl.partnerships.billing.invoice.InvoiceStatus;
import dk.kl.partnerships.kit.metrics.StateGauges;
import java.util.Arrays;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Invoices by status, those overdue, their gross amount, and the credit notes, for operations and finance. */
@Component
class InvoiceGauges {

    InvoiceGauges(StateGauges gauges) {
        gauges.countBy(
                "partnerships.invoices",
                "Invoices by status",
                "invoices",
                new Document(),
                "status",
                "status",
                Arrays.stream(InvoiceStatus.values()).map(Enum::name).toList());
        gauges.count(
                "partnerships.invoices.overdue",
                "Invoices unpaid past their due date",
                "invoices",
                () -> new Document("status", InvoiceStatus.ISSUED.name())
                        .append("overdueSince", new Document("$ne", null)));
        gauges.sum(
                "partnerships.invoices.gross",
                "Gross amount (incl. VAT) of all invoices issued",
                "dkk",
                "invoices",
                new Document(),
                "grossTotal");
        gauges.count("partnerships.credit.notes", "Credit notes issued", "credit_notes", Document::new);
    }
}
