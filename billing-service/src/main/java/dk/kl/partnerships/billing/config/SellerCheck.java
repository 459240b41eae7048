package dk.kl.partnerships.billing.config;

import dk.kl.partnerships.billing.invoice.PaymentAccount;
import dk.kl.partnerships.billing.invoice.Seller;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The seller data every invoice carries, checked when the service starts: CVR, EAN, address and a
 * payment account that Peppol accepts for a Danish supplier. The sample EAN and bank account the
 * service ships with are refused outside development by the platform's check of known samples
 * ({@code SampleSecretsGuard}, whose list names them), so that no invoice ever names a placeholder
 * EAN or a textbook bank account.
 */
final class SellerCheck {

    private static final Pattern CVR = Pattern.compile("\\d{8}");
    private static final Pattern GLN = Pattern.compile("\\d{13}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("\\d{4}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{1,10}");

    private SellerCheck() {}

    static void check(Seller seller) {
        List<String> problems = new ArrayList<>();
        if (seller == null) {
            throw new IllegalStateException("partnerships.billing.seller is not configured");
        }
        require(problems, "name", seller.name());
        require(problems, "street", seller.street());
        require(problems, "postal-code", seller.postalCode());
        require(problems, "city", seller.city());
        require(problems, "country-code", seller.countryCode());
        matches(problems, "cvr", seller.cvr(), CVR, "8 digits");
        matches(problems, "ean", seller.ean(), GLN, "13 digits (a GLN)");
        PaymentAccount payment = seller.payment();
        if (payment == null || payment.means() == null) {
            problems.add("payment.means: must be 58 (IBAN), 31 or 42 (Danish reg. and account number)");
        } else if (payment.isIban()) {
            matches(problems, "payment.iban", payment.iban(), IBAN, "an IBAN without spaces");
            if (payment.iban() != null
                    && IBAN.matcher(payment.iban()).matches()
                    && !ibanChecksumHolds(payment.iban())) {
                problems.add("payment.iban: the check digits do not match");
            }
        } else if (PaymentAccount.DEBIT_TRANSFER.equals(payment.means())
                || PaymentAccount.PAYMENT_TO_BANK_ACCOUNT.equals(payment.means())) {
            matches(
                    problems,
                    "payment.registration-number",
                    payment.registrationNumber(),
                    REGISTRATION_NUMBER,
                    "4 digits");
            matches(problems, "payment.account-number", payment.accountNumber(), ACCOUNT_NUMBER, "up to 10 digits");
        } else {
            problems.add("payment.means: " + payment.means() + " is not 58, 31 or 42");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The seller configuration (partnerships.billing.seller) cannot be used: "
                    + String.join("; ", problems));
        }
    }

    private static void require(List<String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": must be set");
        }
    }

    private static void matches(List<String> problems, String field, String value, Pattern pattern, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            problems.add(field + ": must be " + expected);
        }
    }

    /** ISO 13616: the country code and check digits moved to the end, letters as numbers, mod 97 is 1. */
    private static boolean ibanChecksumHolds(String iban) {
        String rearranged = (iban.substring(4) + iban.substring(0, 4)).toUpperCase(Locale.ROOT);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
