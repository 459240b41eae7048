package dk.kl.partnerships.contracts.evaluation;

/** A self-evaluation at joining (baseline) or at the end of the programme (final). */
public enum EvaluationRound {
    BASELINE,
    FINAL
}
