/** Meeting feedback: attendees rate a held meeting; only aggregates are shown. */
package dk.kl.partnerships.evaluation.feedback;
