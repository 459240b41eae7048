/** Meeting's events that open feedback: held meetings. */
package dk.kl.partnerships.evaluation.feedback.messaging;
