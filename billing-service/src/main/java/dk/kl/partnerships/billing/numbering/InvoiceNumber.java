package dk.kl.partnerships.billing.numbering;

/** A place in a gapless series: the year and the sequence within it, written {@code 2026-000123}
 * (invoices) or with the series' prefix ({@code K2026-000007}, credit notes). */
public record InvoiceNumber(int year, long sequence) {

    public String formatted() {
        return formatted("");
    }

    /** Written with the series' visible prefix, e.g. {@code K2026-000007} for a credit note. */
    public String formatted(String prefix) {
        return "%s%d-%06d".formatted(prefix, year, sequence);
    }

    public InvoiceNumber next() {
        return new InvoiceNumber(year, sequence + 1);
    }

    public static InvoiceNumber first(int year) {
        return new InvoiceNumber(year, 1);
    }
}
