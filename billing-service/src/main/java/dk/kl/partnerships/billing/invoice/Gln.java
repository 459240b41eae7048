package dk.kl.partnerships.billing.invoice;

/**
 * A GLN (EAN location number), the address of a Danish public buyer's e-invoices: 13 digits ending
 * in a GS1 check digit. Peppol refuses a document whose endpoint fails the check.
 */
public final class Gln {

    private Gln() {}

    public static boolean isValid(String gln) {
        if (gln == null || !gln.matches("\\d{13}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = gln.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return (10 - sum % 10) % 10 == gln.charAt(12) - '0';
    }
}
