/**
 * The audit log: who made each state change of the platform and when, as every service records it
 * on its audit topic, kept here to be read by KL by municipality and programme.
 */
package dk.kl.partnerships.registration.audit;
