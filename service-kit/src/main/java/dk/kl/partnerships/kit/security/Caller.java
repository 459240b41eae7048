package dk.kl.partnerships.kit.security;

import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.security.Role;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is calling, from their validated token: subject, roles and — for municipal coordinators —
 * their municipality. A coordinator may see and change only their own municipality's data; for
 * anything else the answer is "not found", so that its existence is not revealed either.
 */
public record Caller(String subject, Set<Role> roles, String municipalityCode) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isKlAdmin() {
        return roles.contains(Role.KL_ADMIN);
    }

    public boolean isFinance() {
        return roles.contains(Role.FINANCE);
    }

    /** May read this municipality's data: KL staff, finance, or the municipality itself. */
    public boolean canRead(String code) {
        return isKlAdmin() || isFinance() || actsAs(code);
    }

    /** May change this municipality's data: KL staff or the municipality itself. */
    public boolean canActFor(String code) {
        return isKlAdmin() || actsAs(code);
    }

    /** Whether this caller is the municipality's own coordinator. */
    public boolean actsAs(String code) {
        return roles.contains(Role.MUNICIPALITY) && municipalityCode != null && municipalityCode.equals(code);
    }

    /**
     * The municipality a list may show for this caller: what was asked for (or all: {@code null})
     * for KL staff and finance; a coordinator's own, whatever was asked for — asking for another is
     * "not found". Anyone else — no platform role, or a coordinator who acts for no municipality —
     * is refused: "all" is never the answer for a caller who is neither KL staff nor finance.
     */
    public String visibleMunicipality(String requested) {
        if (isKlAdmin() || isFinance()) {
            return requested;
        }
        if (!roles.contains(Role.MUNICIPALITY) || municipalityCode == null || municipalityCode.isBlank()) {
            throw new AccessDeniedException("The caller acts for no municipality");
        }
        if (requested != null && !actsAs(requested)) {
            throw new NotFoundException("Municipality", requested);
        }
        return municipalityCode;
    }

    /** Throws "not found" for a resource of a municipality this caller may not read. */
    public void requireRead(String municipalityCode, String resource, Object id) {
        if (!canRead(municipalityCode)) {
            throw new NotFoundException(resource, id);
        }
    }

    /** Throws "not found" for a resource of a municipality this caller may not change. */
    public void requireActFor(String municipalityCode, String resource, Object id) {
        if (!canActFor(municipalityCode)) {
            throw new NotFoundException(resource, id);
        }
    }
}
