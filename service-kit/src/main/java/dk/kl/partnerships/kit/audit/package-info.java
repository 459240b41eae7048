/**
 * The audit trail: for every event a service stores in its outbox, an {@code AuditRecorded} entry in
 * the same write, saying who made the change ({@link dk.kl.partnerships.kit.audit.Actors}), what it
 * was, what it concerns ({@link dk.kl.partnerships.kit.audit.AuditTrail}) and when.
 */
package dk.kl.partnerships.kit.audit;
