package dk.kl.partnerships.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialMunicipalitiesTests {

    @Test
    void theListHoldsDenmarksNinetyEightMunicipalities() {
        assertThat(OfficialMunicipalities.codes())
                .hasSize(98)
                .doesNotHaveDuplicates()
                .startsWith("101", "147")
                .allMatch(code -> code.matches("\\d{3}"));
        assertThat(OfficialMunicipalities.all())
                .filteredOn(municipality -> municipality.code().equals("630"))
                .singleElement()
                .satisfies(vejle -> {
                    assertThat(vejle.name()).isEqualTo("Vejle");
                    assertThat(vejle.regionName()).isEqualTo("Region Syddanmark");
                });
    }

    @Test
    void onlyListedCodesAreOfficial() {
        assertThat(OfficialMunicipalities.isOfficial("630")).isTrue();
        assertThat(OfficialMunicipalities.isOfficial("999")).isFalse();
        assertThat(OfficialMunicipalities.isOfficial("")).isFalse();
        assertThat(OfficialMunicipalities.isOfficial(null)).isFalse();
    }
}
