package dk.kl.partnerships.billing.registration;

import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.kit.domain.ConflictRetry;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Whom an invoice is addressed to when it is issued: the buyer details in force then. A joining
 * carries the profile of its day; a billing profile changed after it replaces them for every
 * invoice issued from then on (later instalments, meeting fees). Registration's clock orders the
 * two: the time it recorded the joining against the time the profile changed.
 */
@Service
public class BuyerDetails {

    private final CurrentBuyerRepository buyers;
    private final MembershipRepository memberships;

    BuyerDetails(CurrentBuyerRepository buyers, MembershipRepository memberships) {
        this.buyers = buyers;
        this.memberships = memberships;
    }

    /** A municipality's billing profile changed; kept whole, the latest wins whatever order they come in. */
    public void profileChanged(String municipalityCode, Buyer buyer, Instant changedAt) {
        ConflictRetry.upsert(
                () -> buyers.findById(municipalityCode),
                () -> CurrentBuyer.of(municipalityCode),
                current -> current.change(buyer, changedAt),
                buyers::save);
    }

    /**
     * The buyer details in force now of a municipality that has joined a programme (its latest
     * joining, or the profile changed since): what a meeting fee or a correction is issued to. Empty
     * until billing knows of a joining.
     */
    public Optional<Buyer> current(String municipalityCode) {
        return memberships
                .findFirstByMunicipalityCodeAndJoiningIsNotNullOrderByJoiningJoinedOnDesc(municipalityCode)
                .flatMap(Membership::joining)
                .map(joining -> inForce(municipalityCode, joining));
    }

    /** The buyer an invoice issued now for this joining goes to. */
    public Buyer inForce(String municipalityCode, Joining joining) {
        Optional<CurrentBuyer> changed = buyers.findById(municipalityCode);
        if (changed.isEmpty()) {
            return joining.buyer();
        }
        Instant joiningAsOf = joining.buyerAsOf();
        return joiningAsOf == null || changed.get().changedAt().isAfter(joiningAsOf)
                ? changed.get().buyer()
                : joining.buyer();
    }
}
