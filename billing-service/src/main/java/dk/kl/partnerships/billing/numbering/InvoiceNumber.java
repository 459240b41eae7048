package dk.kl.partnerships.billing.numbering;

/** A place in a gapless series: the year and the sequence within it, written {@code 2026-000123}. */
public record InvoiceNumber(int year, long sequence) {

    public String formatted() {
        return "%d-%06d".formatted(year, sequence);
    }

    public InvoiceNumber next() {
        return new InvoiceNumber(year, sequence + 1);
    }

    public static InvoiceNumber first(int year) {
        return new InvoiceNumber(year, 1);
    }
}
