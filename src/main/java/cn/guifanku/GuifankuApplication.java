package cn.guifanku;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 规范库: drafts, reviews and publishes the library sector's standards. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GuifankuApplication {

    public static void main(String[] args) {
        SpringApplication.run(GuifankuApplication.class, args);
    }
}
