package dk.kl.partnerships.kit.domain;

/**
 * EAN (GLN) numbers of Danish public units: 13 digits, starting with 579, the last a GS1 check
 * digit (weights 3 and 1 alternating from the right of the first twelve digits). The one rule for a
 * buyer's EAN, wherever one is accepted: a billing profile, a corrected invoice.
 */
public final class Ean {

    private Ean() {}

    public static boolean isValid(String ean) {
        if (ean == null || !ean.matches("579\\d{10}")) {
            return false;
        }
        return checkDigit(ean.substring(0, 12)) == ean.charAt(12) - '0';
    }

    private static int checkDigit(String firstTwelveDigits) {
        int sum = 0;
        for (int i = 0; i < firstTwelveDigits.length(); i++) {
            int digit = firstTwelveDigits.charAt(firstTwelveDigits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
