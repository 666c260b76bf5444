package cn.guifanku.content;

/** Someone else committed to the branch since the editor loaded it: the edit is refused, never merged silently. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String branch, String expected, String actual) {
        super("Branch " + branch + " is at " + actual + ", not at " + expected + " as the editor expected");
    }
}
