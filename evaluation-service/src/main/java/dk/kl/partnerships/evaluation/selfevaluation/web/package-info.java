/** Self-evaluations over HTTP. */
package dk.kl.partnerships.evaluation.selfevaluation.web;
