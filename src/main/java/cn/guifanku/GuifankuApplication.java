package cn.guifanku;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 规范库: drafts, reviews and publishes the library sector's standards. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GuifankuApplication {

    public static void main(String[] args) {
        // Dates and times are shown as the committee lives them: Beijing time on a machine left at UTC
        // (a server's usual default). An operator's own choice (TZ or -Duser.timezone) is kept.
        if (System.getenv("TZ") == null && "UTC".equals(java.util.TimeZone.getDefault().getID())) {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Shanghai"));
        }
        SpringApplication.run(GuifankuApplication.class, args);
    }
}
