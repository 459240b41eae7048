package dk.kl.partnerships.evaluation.demo;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The demonstration loader looks for what it can answer on a fixed delay. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@EnableScheduling
class DemoScheduling {}
