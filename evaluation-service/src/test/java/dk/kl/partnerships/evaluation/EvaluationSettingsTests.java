package dk.kl.partnerships.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvaluationSettingsTests {

    @Test
    void comparisonGroupsNeedTheAnonymityThresholdUnlessConfiguredHigher() {
        assertThat(new EvaluationSettings(60, 60, 30, null, null).minimumPeers())
                .isEqualTo(EvaluationSettings.ANONYMITY_THRESHOLD);
        assertThat(new EvaluationSettings(60, 60, 30, 5, null).minimumPeers()).isEqualTo(5);
    }

    @Test
    void theAnonymityThresholdCannotBeLowered() {
        assertThatThrownBy(() -> new EvaluationSettings(60, 60, 30, EvaluationSettings.ANONYMITY_THRESHOLD - 1, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("minimum-peers may not go below");
    }

    @Test
    void quartilesNeedTheQuartileThresholdWhichCannotBeLowered() {
        assertThat(new EvaluationSettings(60, 60, 30, null, null).quartilePeers())
                .isEqualTo(EvaluationSettings.QUARTILE_THRESHOLD);
        assertThat(new EvaluationSettings(60, 60, 30, 12, null).quartilePeers()).isEqualTo(12);
        assertThatThrownBy(() -> new EvaluationSettings(60, 60, 30, null, EvaluationSettings.QUARTILE_THRESHOLD - 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quartile-peers may not go below");
    }
}
