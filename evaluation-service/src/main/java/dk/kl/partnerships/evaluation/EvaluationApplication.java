package dk.kl.partnerships.evaluation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Quality frameworks, self-evaluations, benchlearning and meeting feedback. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EvaluationApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvaluationApplication.class, args);
    }
}
