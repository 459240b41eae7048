package dk.kl.partnerships.evaluation.selfevaluation;

/** A self-evaluation at joining, or at the end of the programme. */
public enum Round {
    BASELINE,
    FINAL
}
