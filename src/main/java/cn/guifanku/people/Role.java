package cn.guifanku.people;

import java.util.Locale;

/**
 * What an account may do across the application. Committee seats (who votes where) are separate: see
 * {@link People#votingMembers(String)}.
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

    /** Spring Security's authority, so that {@code hasRole("EDITOR")} works. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Camunda's group id: candidate groups in the BPMN models are written in lower case. */
    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }
}
