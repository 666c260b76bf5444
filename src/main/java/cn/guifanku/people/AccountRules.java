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
    /** Passwords of ten characters or more that lead the leaked-password lists, lower case. */
    static final java.util.Set<String> COMMON_PASSWORDS = java.util.Set.of("1234567890", "0123456789", "12345678910",
            "123456789a", "a123456789", "1234567890a", "qwertyuiop", "1q2w3e4r5t", "1qaz2wsx3edc", "qwerty1234",
            "qwerty123456", "password12", "password123", "password1234", "passw0rd123", "iloveyou12", "admin12345",
            "administrator", "woaini1314", "woaini520520", "5201314520", "abc1234567", "abcd123456", "abcdefghij",
            "1234qwerasdf", "zxcvbnm123", "asdfghjkl1", "1111111111", "0000000000", "1122334455", "guifanku123",
            "guifanku2026", "library123", "tushuguan123");
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
        // The columns' sizes, checked before the database is asked (it is the last line, not the first).
        if (person.displayName().strip().length() > 200
                || person.organisation() != null && person.organisation().strip().length() > 200) {
            throw new AccountRefusedException("姓名和单位名称各最多 200 个字符");
        }
        if (person.email() != null && person.email().strip().length() > 254) {
            throw new AccountRefusedException("电子邮箱最多 254 个字符");
        }
        if (hasControlCharacter(person.displayName()) || hasControlCharacter(person.organisation())) {
            throw new AccountRefusedException("姓名和单位名称中不能有控制字符");
        }
        if (person.email() != null && !person.email().isBlank() && !EMAIL.matcher(person.email().strip()).matches()) {
            throw new AccountRefusedException("电子邮箱格式不正确");
        }
        checkPassword(person.username(), person.password());
    }

    private static boolean hasControlCharacter(String text) {
        return text != null && text.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }

    /**
     * The password policy, for sign-up, an administrator's new account and a password change alike: at least
     * {@value #MIN_PASSWORD_LENGTH} characters, not the username (nor reversed), not one of the passwords every guesser tries first.
     */
    static void checkPassword(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new AccountRefusedException("密码至少需要 " + MIN_PASSWORD_LENGTH + " 个字符");
        }
        String lower = password.strip().toLowerCase(java.util.Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!name.isEmpty() && (lower.equals(name) || lower.equals(new StringBuilder(name).reverse().toString()))) {
            throw new AccountRefusedException("密码不能与用户名相同");
        }
        if (COMMON_PASSWORDS.contains(lower) || lower.chars().distinct().count() < 4) {
            throw new AccountRefusedException("这个密码太常见，很容易被猜中，请换一个（可用几个词组合成一句话）");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountRefusedException("密码过长：最多 " + MAX_PASSWORD_BYTES + " 个字节（约 24 个汉字）");
        }
    }

    static AccountRefusedException taken(String username) {
        return new AccountRefusedException("用户名“" + username + "”已被占用");
    }
}
