/** What domain code may use: aggregates that record events, conflict retries, the business time zone. */
package dk.kl.partnerships.kit.domain;
