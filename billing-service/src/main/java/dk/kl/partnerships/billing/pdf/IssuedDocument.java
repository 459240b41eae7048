package dk.kl.partnerships.billing.pdf;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.kit.domain.AggregateRoot;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That the PDF of one invoice or credit note was printed and announced: kept under the document's
 * own id, so that it is announced once however often its issue is delivered. The file itself
 * travels only in the event (it can be printed again at any time from the stored invoice).
 */
@Document("issued_documents")
public class IssuedDocument extends AggregateRoot<DocumentEvent> {

    @Id
    private final String id;

    private final DocumentKind kind;
    private final String number;
    private final String municipalityCode;
    private final String fileName;
    private final int size;
    private final Instant printedAt;

    @Version
    private Long version;

    @PersistenceCreator
    IssuedDocument(
            String id,
            DocumentKind kind,
            String number,
            String municipalityCode,
            String fileName,
            int size,
            Instant printedAt,
            Long version) {
        this.id = id;
        this.kind = kind;
        this.number = number;
        this.municipalityCode = municipalityCode;
        this.fileName = fileName;
        this.size = size;
        this.printedAt = printedAt;
        this.version = version;
    }

    static IssuedDocument ofInvoice(Invoice invoice, String fileName, byte[] pdf, Instant now) {
        IssuedDocument document = new IssuedDocument(
                invoice.id(),
                DocumentKind.INVOICE,
                invoice.number(),
                invoice.municipalityCode(),
                fileName,
                pdf.length,
                now,
                null);
        document.record(new DocumentEvent.Issued(
                invoice.id(),
                invoice.number(),
                DocumentKind.INVOICE,
                invoice.municipalityCode(),
                invoice.programmeId(),
                invoice.buyer(),
                invoice.issuedOn(),
                invoice.dueOn(),
                invoice.currency(),
                invoice.lines(),
                invoice.netTotal(),
                invoice.vatTotal(),
                invoice.grossTotal(),
                fileName,
                pdf));
        return document;
    }

    static IssuedDocument ofCreditNote(CreditNote note, String fileName, byte[] pdf, Instant now) {
        IssuedDocument document = new IssuedDocument(
                note.id(),
                DocumentKind.CREDIT_NOTE,
                note.number(),
                note.municipalityCode(),
                fileName,
                pdf.length,
                now,
                null);
        document.record(new DocumentEvent.Issued(
                note.id(),
                note.number(),
                DocumentKind.CREDIT_NOTE,
                note.municipalityCode(),
                note.programmeId(),
                note.buyer(),
                note.issuedOn(),
                null,
                note.currency(),
                note.lines(),
                note.netTotal(),
                note.vatTotal(),
                note.grossTotal(),
                fileName,
                pdf));
        return document;
    }

    public String id() {
        return id;
    }

    public DocumentKind kind() {
        return kind;
    }

    /** The PDF's size in bytes. */
    public int size() {
        return size;
    }
}
