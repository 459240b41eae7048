/** Plumbing every service shares, wired by auto-configuration; no domain. */
package dk.kl.partnerships.kit;
