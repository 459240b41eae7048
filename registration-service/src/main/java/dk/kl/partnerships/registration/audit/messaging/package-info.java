/** Every service's audit topic, into the audit log. */
package dk.kl.partnerships.registration.audit.messaging;
