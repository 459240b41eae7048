/** Keeping personal data out of the logs and the dead letters' headers. */
package dk.kl.partnerships.kit.logging;
