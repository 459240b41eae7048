package dk.kl.partnerships.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The single entry point of the platform's HTTP API. */
@SpringBootApplication
@ConfigurationPropertiesScan(basePackages = {"dk.kl.partnerships.gateway", "dk.kl.partnerships.security"})
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
