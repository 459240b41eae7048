/** Registration's events that evaluation records, one use case each. */
package dk.kl.partnerships.evaluation.registration.messaging;
