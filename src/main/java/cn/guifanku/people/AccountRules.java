package cn.guifanku.people;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** What a new account and a new password must satisfy; each refusal says in Chinese what to change. */
final class AccountRules {

    /**
     * Lower case only, so that "Zhang" and "zhang" can never be two accounts; no spaces or symbols beyond {@code . _ -},
     * because the name also appears in Camunda, in Git trailers and in URLs.
     */
    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
    static final int MIN_PASSWORD_LENGTH = 10;
    /** BCrypt reads only the first 72 bytes, and Spring's encoder refuses longer input. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AccountRules() {
    }

    static void checkNewPerson(NewPerson person) {
        if (person.username() == null || !USERNAME.matcher(person.username()).matches()) {
            throw new AccountRefusedException("用户名须为 3 至 32 个字符，以小写字母开头，只含小写字母、数字和 . _ -");
        }
        if (person.displayName() == null || person.displayName().isBlank()) {
            throw new AccountRefusedException("请填写姓名或单位名称");
        }
        if (person.email() != null && !person.email().isBlank() && !EMAIL.matcher(person.email().strip()).matches()) {
            throw new AccountRefusedException("电子邮箱格式不正确");
        }
        checkPassword(person.password());
    }

    static void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new AccountRefusedException("密码至少需要 " + MIN_PASSWORD_LENGTH + " 个字符");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountRefusedException("密码过长：最多 " + MAX_PASSWORD_BYTES + " 个字节（约 24 个汉字）");
        }
    }

    static AccountRefusedException taken(String username) {
        return new AccountRefusedException("用户名“" + username + "”已被占用");
    }
}
