/** Evaluation: quality frameworks, self-evaluations, benchlearning and meeting feedback. */
package dk.kl.partnerships.evaluation;
