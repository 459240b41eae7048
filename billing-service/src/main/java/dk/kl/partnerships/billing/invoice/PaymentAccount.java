package dk.kl.partnerships.billing.invoice;

/**
 * Where the buyer pays, as the e-invoice's payment means says it: a SEPA credit transfer (UNCL4461
 * code {@code 58}) to an IBAN, or a Danish bank transfer (code {@code 31} or {@code 42}) to a
 * registration number and account number. Peppol allows Danish suppliers no plain {@code 30}.
 */
public record PaymentAccount(String means, String iban, String bic, String registrationNumber, String accountNumber) {

    public static final String SEPA_CREDIT_TRANSFER = "58";
    public static final String DEBIT_TRANSFER = "31";
    public static final String PAYMENT_TO_BANK_ACCOUNT = "42";

    public boolean isIban() {
        return SEPA_CREDIT_TRANSFER.equals(means);
    }

    /** How a person reads it on the invoice: the IBAN, or {@code reg.nr. 1234 konto 0001234567}. */
    public String display() {
        return isIban() ? iban : "reg.nr. " + registrationNumber + " konto " + accountNumber;
    }
}
