package dk.kl.partnerships.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baselineDueDays days after joining a baseline self-evaluation is due
 * @param finalDueDays    days after the programme's end a final self-evaluation is due
 * @param feedbackDays    days after a meeting its attendees may rate it
 * @param minimumPeers    other municipalities a comparison group needs to be shown, and responses
 *                        a meeting's feedback needs: the {@linkplain #ANONYMITY_THRESHOLD anonymity
 *                        threshold} unless raised
 * @param quartilePeers   other municipalities a comparison group needs for its quartiles to be shown
 *                        besides its median: the {@linkplain #QUARTILE_THRESHOLD quartile threshold}
 *                        unless raised
 */
@ConfigurationProperties("partnerships.evaluation")
public record EvaluationSettings(
        @DefaultValue("60") int baselineDueDays,
        @DefaultValue("60") int finalDueDays,
        @DefaultValue("30") int feedbackDays,
        Integer minimumPeers,
        Integer quartilePeers) {

    /**
     * The anonymity threshold: a benchlearning comparison group, or a meeting's feedback, with fewer
     * municipalities or responses than this is never shown.
     */
    public static final int ANONYMITY_THRESHOLD = 3;

    /**
     * Below this many other municipalities a comparison group shows its median only: the quartiles
     * of a few values are those values, or solve for them.
     */
    public static final int QUARTILE_THRESHOLD = 10;

    public EvaluationSettings {
        if (minimumPeers == null) {
            minimumPeers = ANONYMITY_THRESHOLD;
        }
        if (quartilePeers == null) {
            quartilePeers = Math.max(QUARTILE_THRESHOLD, minimumPeers);
        }
        if (baselineDueDays < 1 || finalDueDays < 1 || feedbackDays < 1) {
            throw new IllegalStateException("partnerships.evaluation due days and feedback days must be positive");
        }
        if (minimumPeers < ANONYMITY_THRESHOLD) {
            throw new IllegalStateException("partnerships.evaluation.minimum-peers may not go below "
                    + ANONYMITY_THRESHOLD + ": smaller groups would reveal single municipalities' scores");
        }
        if (quartilePeers < Math.max(QUARTILE_THRESHOLD, minimumPeers)) {
            throw new IllegalStateException("partnerships.evaluation.quartile-peers may not go below "
                    + Math.max(QUARTILE_THRESHOLD, minimumPeers)
                    + ": the quartiles of fewer values give those values away");
        }
    }
}
