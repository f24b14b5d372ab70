package dk.kriminalforsorgen.mentorordning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MentorordningApplication {

    public static void main(String[] args) {
        SpringApplication.run(MentorordningApplication.class, args);
    }
}
