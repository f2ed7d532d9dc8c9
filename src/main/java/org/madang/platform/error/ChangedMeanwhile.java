package org.madang.platform.error;

/**
 * Someone else changed the same record between this person's reading and writing it (optimistic
 * locking, {@code @Version}): nothing was saved; they reload and decide again.
 */
public class ChangedMeanwhile extends Conflict {
    private static final long serialVersionUID = 1L;
    public static final String KEY = "platform.changedMeanwhile";

    public ChangedMeanwhile() {
        super(KEY);
    }
}
