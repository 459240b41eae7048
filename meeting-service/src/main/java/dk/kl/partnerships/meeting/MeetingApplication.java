package dk.kl.partnerships.meeting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Meetings, sign-ups with waiting lists, attendance and calendars. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MeetingApplication {

    public static void main(String[] args) {
        SpringApplication.run(MeetingApplication.class, args);
    }
}
