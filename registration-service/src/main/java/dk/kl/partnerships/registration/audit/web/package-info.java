/** The audit log over HTTP, for KL. */
package dk.kl.partnerships.registration.audit.web;
