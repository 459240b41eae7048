package dk.kl.partnerships.registration.network;

/**
 * One change of a network's members after confirmation: which municipality, how, why, and from and
 * to which network ({@code fromNetworkId} null when added, {@code toNetworkId} null when removed).
 */
public record NetworkChange(
        Kind kind, String municipalityCode, String fromNetworkId, String toNetworkId, String reason) {

    public enum Kind {
        /** KL placed a joined municipality that was in no network. */
        ADDED,
        /** KL took a municipality out of its network. */
        REMOVED,
        /** The municipality withdrew from the programme, which takes it out of its network. */
        WITHDRAWN,
        /** KL moved a municipality from one network to another. */
        MOVED
    }
}
