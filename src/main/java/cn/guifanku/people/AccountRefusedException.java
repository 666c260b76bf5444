package cn.guifanku.people;

/** An account change we refuse: the message is in Chinese and meant for the person who asked. */
public class AccountRefusedException extends RuntimeException {

    AccountRefusedException(String message) {
        super(message);
    }
}
