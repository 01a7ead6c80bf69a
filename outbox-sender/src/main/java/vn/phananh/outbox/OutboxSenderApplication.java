package vn.phananh.outbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The outbox sender: tells citizens on their own channel what staff did with their feedback. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OutboxSenderApplication {

    public static void main(String[] args) {
        SpringApplication.run(OutboxSenderApplication.class, args);
    }
}
