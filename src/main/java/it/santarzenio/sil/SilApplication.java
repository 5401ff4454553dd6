package it.santarzenio.sil;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SilApplication {

    public static void main(String[] args) {
        // The desk's days (due dates, "today" in Tasklist filters, opening hours) are days in Rome.
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Rome"));
        SpringApplication.run(SilApplication.class, args);
    }
}
