package it.santarzenio.sil;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SilApplication {

    public static void main(String[] args) {
        SpringApplication.run(SilApplication.class, args);
    }
}
