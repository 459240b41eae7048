/** Self-evaluations: requested when a municipality joins and when a programme ends, filled in and submitted by the municipality. */
package dk.kl.partnerships.evaluation.selfevaluation;
