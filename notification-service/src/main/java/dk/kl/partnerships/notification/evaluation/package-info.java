/** Self-evaluation requests, chasers and escalations to the municipality's coordinator. */
package dk.kl.partnerships.notification.evaluation;
