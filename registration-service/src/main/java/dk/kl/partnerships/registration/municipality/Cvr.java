package dk.kl.partnerships.registration.municipality;

/** CVR numbers: 8 digits. (The modulus-11 check is no longer guaranteed for new numbers.) */
final class Cvr {

    private Cvr() {}

    public static boolean isValid(String cvr) {
        return cvr != null && cvr.matches("\\d{8}");
    }
}
