package cn.guifanku.security;

import java.util.Locale;

/**
 * What an account may do across the application. Committee seats (who votes where) are separate: see
 * {@code People#votingMembers}.
 */
public enum Role {

    /** A library's account: reads drafts open for comment and comments on them. */
    READER("图书馆读者"),
    EDITOR("起草人"),
    MEMBER("委员"),
    SECRETARIAT("秘书处"),
    CHAIR("主任委员"),
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The Chinese name shown to people. */
    public String label() {
        return label;
    }

    /** The role's name in the reader's language, as an argument of a message (role.SECRETARIAT in the bundles). */
    public org.springframework.context.MessageSourceResolvable named() {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {"role." + name()},
                label);
    }

    /** Spring Security's authority, so that {@code hasRole(Role.EDITOR.name())} works. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role of a Spring Security authority ({@code ROLE_EDITOR}), if it names one. */
    public static java.util.Optional<Role> ofAuthority(String authority) {
        if (authority == null || !authority.startsWith("ROLE_")) {
            return java.util.Optional.empty();
        }
        for (Role role : values()) {
            if (role.name().equals(authority.substring(5))) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }

    /** Camunda's group id: candidate groups in the BPMN models are written in lower case. */
    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }
}
