/** Evaluation's API as the web client uses it: frameworks, self-evaluations, benchmarks. */
package dk.kl.partnerships.web.api.evaluation;
