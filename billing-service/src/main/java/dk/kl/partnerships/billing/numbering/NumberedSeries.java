package dk.kl.partnerships.billing.numbering;

/** A gapless number series and the collection its numbered documents are stored in, for the audit. */
public interface NumberedSeries {

    /** The series' name, e.g. {@code INVOICE}. */
    String series();

    String collection();
}
