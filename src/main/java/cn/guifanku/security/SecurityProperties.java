package cn.guifanku.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param admin the first administrator, from configuration */
@ConfigurationProperties("guifanku.security")
public record SecurityProperties(Admin admin) {

    public record Admin(String username, String password) {
    }
}
