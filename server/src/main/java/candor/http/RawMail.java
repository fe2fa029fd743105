package candor.http;

import candor.engine.AnalysisRequest;
import candor.engine.Draft;
import candor.mail.MailReader;
import candor.mail.MboxReader;
import candor.mail.ParsedMail;
import candor.mail.ThreadReconstructor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw email in: one RFC 822 message (the rep's draft or sent reply, usually quoting the thread) or
 * an mbox of one thread (its newest message is the draft). The draft's full decoded body is what
 * the engine analyses, so every offset points into the text returned as {@code draft.text}.
 */
public final class RawMail {
  private final MailReader reader = new MailReader();
  private final ThreadReconstructor threads = new ThreadReconstructor();

  public AnalysisRequest fromRfc822(byte[] raw) {
    return fromRfc822(raw, new ArrayList<>());
  }

  /** Also adds to {@code warnings} what was repaired or cut while reading (a hostile message is cut, not refused). */
  public AnalysisRequest fromRfc822(byte[] raw, List<String> warnings) {
    ParsedMail mail = reader.read(raw);
    warnings.addAll(mail.warnings());
    return new AnalysisRequest(new Draft(mail.from(), mail.subject(), mail.text()), List.of());
  }

  public AnalysisRequest fromMbox(byte[] raw) {
    return fromMbox(raw, new ArrayList<>());
  }

  /** Also adds to {@code warnings} what was repaired or cut while reading each message. */
  public AnalysisRequest fromMbox(byte[] raw, List<String> warnings) {
    List<ParsedMail> mails = new ArrayList<>();
    try (MboxReader mbox = new MboxReader(new ByteArrayInputStream(raw), reader)) {
      while (mbox.hasNext()) mails.add(mbox.next());
    } catch (IOException | RuntimeException e) {
      throw new BadRequest(400, "The mbox could not be read: " + e.getMessage());
    }
    if (mails.isEmpty()) throw new BadRequest(400, "The mbox holds no messages (each must start with a 'From ' line).");
    for (ParsedMail m : mails) {
      for (String w : m.warnings()) if (!warnings.contains(w)) warnings.add(w);
    }
    List<candor.mail.ThreadMessage> ordered = threads.order(mails);
    candor.mail.ThreadMessage last = ordered.get(ordered.size() - 1);
    ParsedMail draftMail = mails.stream().filter(m -> m.from().equals(last.from()) && m.subject().equals(last.subject()))
        .reduce((a, b) -> b).orElse(mails.get(mails.size() - 1));
    List<candor.engine.ThreadMessage> thread = new ArrayList<>();
    for (candor.mail.ThreadMessage m : ordered.subList(0, ordered.size() - 1)) {
      thread.add(new candor.engine.ThreadMessage(m.from(), null, m.date(), m.text()));
    }
    return new AnalysisRequest(new Draft(draftMail.from(), draftMail.subject(), draftMail.text()), thread);
  }
}
