package dk.kl.partnerships.evaluation.selfevaluation;

/** What happens to a self-evaluation that others need to know; each carries it as changed. */
public sealed interface SelfEvaluationEvent {

    SelfEvaluation selfEvaluation();

    record Requested(SelfEvaluation selfEvaluation) implements SelfEvaluationEvent {}

    record Submitted(SelfEvaluation selfEvaluation) implements SelfEvaluationEvent {}
}
