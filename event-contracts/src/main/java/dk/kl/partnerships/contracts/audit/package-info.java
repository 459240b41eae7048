/** The audit trail: who made each state change that a service announced, published by that service on its own audit topic. */
package dk.kl.partnerships.contracts.audit;
