package cn.guifanku.people;

/**
 * What someone types to open an account, or what an administrator types to create one.
 *
 * @param password the clear-text password; hashed before it is stored and never kept
 */
public record NewPerson(String username, String displayName, String organisation, String email, String password) {

    @Override
    public String toString() {
        // Records print every component; keep the password out of logs and exception messages.
        return "NewPerson[username=" + username + ", displayName=" + displayName + ", organisation=" + organisation
                + ", email=" + email + "]";
    }
}
