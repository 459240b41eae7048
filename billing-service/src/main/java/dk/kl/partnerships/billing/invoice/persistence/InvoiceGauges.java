package dk.kl.partnerships.billing.invoice.persistence;

import dk.kl.partnerships.billing.invoice.InvoiceStatus;
import dk.kl.partnerships.kit.metrics.StateGauges;
import java.util.Arrays;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Invoices by status, those overdue, and the credit notes, for operations and finance; each count
 * through an index. (The gross amount invoiced is a counter, kept where invoices are stored.)
 */
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
                // a range on the index's second key (any date), so that only the overdue are read
                () -> new Document("status", InvoiceStatus.ISSUED.name())
                        .append("overdueSince", new Document("$gte", new Date(0))));
        gauges.count("partnerships.credit.notes", "Credit notes issued", "credit_notes", Document::new);
    }
}
