package dk.kl.partnerships.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class CallerTests {

    @Test
    void klStaffAndFinanceSeeWhatTheyAskFor() {
        assertThat(new Caller("kl", Set.of(Role.KL_ADMIN), null).visibleMunicipality(null))
                .isNull();
        assertThat(new Caller("finance", Set.of(Role.FINANCE), null).visibleMunicipality("630"))
                .isEqualTo("630");
    }

    @Test
    void aCoordinatorSeesItsOwnMunicipalityOnly() {
        Caller vejle = new Caller("vejle", Set.of(Role.MUNICIPALITY), "630");

        assertThat(vejle.visibleMunicipality(null)).isEqualTo("630");
        assertThat(vejle.visibleMunicipality("630")).isEqualTo("630");
        assertThatThrownBy(() -> vejle.visibleMunicipality("461")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCallerWhoActsForNoMunicipalityIsNeverShownAll() {
        for (Caller nobody : new Caller[] {
            new Caller("no-role", Set.of(), null),
            new Caller("no-role-with-claim", Set.of(), "630"),
            new Caller("coordinator-without-claim", Set.of(Role.MUNICIPALITY), null),
            new Caller("coordinator-with-blank-claim", Set.of(Role.MUNICIPALITY), " ")
        }) {
            assertThatThrownBy(() -> nobody.visibleMunicipality(null))
                    .as(nobody.subject())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> nobody.visibleMunicipality("630"))
                    .as(nobody.subject())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
