/** The default frameworks loaded at start-up. */
package dk.kl.partnerships.evaluation.framework.persistence;
