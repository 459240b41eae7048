/** Meeting feedback over HTTP. */
package dk.kl.partnerships.evaluation.feedback.web;
