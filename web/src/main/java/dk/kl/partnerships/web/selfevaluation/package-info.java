/** The pages of a municipality's self-evaluations and benchmarks. */
package dk.kl.partnerships.web.selfevaluation;
