package candor.mail;

import java.util.List;
import java.util.Objects;

/**
 * A rep's draft and the conversation it answers.
 *
 * @param draft   the message to check
 * @param earlier the messages before it, oldest first
 * @param draftSplit where the draft's new text and signature lie in {@code draftBody}
 * @param draftBody the draft's full plain-text body, for the offsets in {@code draftSplit}
 */
public record MailThread(ThreadMessage draft, List<ThreadMessage> earlier, SplitBody draftSplit,
    String draftBody) {

  public MailThread {
    Objects.requireNonNull(draft, "draft");
    earlier = List.copyOf(earlier);
    Objects.requireNonNull(draftSplit, "draftSplit");
    Objects.requireNonNull(draftBody, "draftBody");
  }
}
