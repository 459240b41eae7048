/** Evaluation's self-evaluation events, each handed to one use case. */
package dk.kl.partnerships.notification.evaluation.messaging;
