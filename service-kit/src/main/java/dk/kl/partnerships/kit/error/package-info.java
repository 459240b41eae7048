/** The exceptions that become problem+json answers: not found, invalid field, rule violation, conflict. */
package dk.kl.partnerships.kit.error;
