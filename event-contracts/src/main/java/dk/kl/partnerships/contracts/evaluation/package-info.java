/** Contracts of evaluation.self-evaluations.v1. */
package dk.kl.partnerships.contracts.evaluation;
