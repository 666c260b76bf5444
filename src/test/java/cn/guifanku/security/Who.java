package cn.guifanku.security;

/** The roles the authorization matrix tries every endpoint as, each a demo account (or one the test adds). */
enum Who {
    ANONYMOUS(null, "匿名"),
    READER("reader", "图书馆读者"),
    EDITOR("editor2", "起草人（非本提案）"),
    PROPOSER("editor1", "本提案起草人"),
    MEMBER("member1", "委员"),
    NON_MEMBER(AuthorizationMatrixTest.OUTSIDER, "他会起草人/委员"),
    SECRETARIAT("secretary", "秘书处"),
    CHAIR("chair", "主任委员"),
    ADMIN("admin", "管理员");

    final String username;
    final String label;

    Who(String username, String label) {
        this.username = username;
        this.label = label;
    }

    String password() {
        return "admin".equals(username) ? "guifanku-admin" : "guifanku-demo";
    }
}
