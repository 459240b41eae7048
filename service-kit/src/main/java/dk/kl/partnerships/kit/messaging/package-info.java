/** Events coming in: typed, idempotent consumption with the subject check, dead-lettering and metrics. */
package dk.kl.partnerships.kit.messaging;
