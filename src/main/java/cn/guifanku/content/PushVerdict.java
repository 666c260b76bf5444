package cn.guifanku.content;

import java.util.List;

/**
 * The answer to one pushed ref: accepted (carried out) or refused with a line the pusher reads in {@code git push}'s
 * output; either may carry notes (the draft check's findings) shown as {@code remote:} lines.
 */
public record PushVerdict(boolean accepted, String message, List<String> notes) {

    public PushVerdict {
        notes = List.copyOf(notes);
    }

    public static PushVerdict accepted(List<String> notes) {
        return new PushVerdict(true, null, notes);
    }

    public static PushVerdict refused(String message) {
        return new PushVerdict(false, message, List.of());
    }
}
