/** Self-evaluations stored with their events; their state gauges. */
package dk.kl.partnerships.evaluation.selfevaluation.persistence;
