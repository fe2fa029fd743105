package candor.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Turns parsed mail into conversations: a reply and the history it quotes, or the messages of
 * one thread (e.g. an mbox) put in order. Stateless and thread-safe.
 */
public final class ThreadReconstructor {

  private final ReplySplitter splitter;

  public ThreadReconstructor() {
    this(new ReplySplitter());
  }

  public ThreadReconstructor(ReplySplitter splitter) {
    this.splitter = splitter;
  }

  /** A draft or sent reply: its new words, and the earlier messages recovered from its quotes. */
  public MailThread fromReply(ParsedMail reply) {
    String body = reply.text();
    SplitBody split = splitter.split(body);
    ThreadMessage draft = new ThreadMessage(reply.from(), reply.date(), reply.subject(),
        split.newText(body));
    List<ThreadMessage> earlier = new ArrayList<>();
    for (QuotedMessage q : split.quoted()) {
      earlier.add(new ThreadMessage(q.from(), q.date(), q.subject(), q.text()));
    }
    return new MailThread(draft, earlier, split, body);
  }

  /**
   * Several messages of one thread, each reduced to its new text, parents before replies.
   *
   * <p>A message comes after the one its In-Reply-To (or last known Reference) names when that
   * one is in the set; otherwise dates decide, and undated messages keep their given order.
   */
  public List<ThreadMessage> order(Collection<ParsedMail> mails) {
    List<ParsedMail> list = new ArrayList<>(mails);
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String id = list.get(i).messageId();
      if (!id.isEmpty()) {
        byId.putIfAbsent(id, i);
      }
    }
    List<List<Integer>> children = new ArrayList<>();
    int[] parents = new int[list.size()];
    for (int i = 0; i < list.size(); i++) {
      children.add(new ArrayList<>());
    }
    for (int i = 0; i < list.size(); i++) {
      Integer p = parent(list.get(i), byId);
      if (p != null && p != i) {
        children.get(p).add(i);
        parents[i]++;
      }
    }
    // Kahn's order, earliest date first among the ready ones; cycles fall back to dates.
    Comparator<Integer> byDate = Comparator
        .comparing((Integer i) -> list.get(i).date(), Comparator.nullsLast(Instant::compareTo))
        .thenComparing(i -> i);
    PriorityQueue<Integer> ready = new PriorityQueue<>(byDate);
    for (int i = 0; i < list.size(); i++) {
      if (parents[i] == 0) {
        ready.add(i);
      }
    }
    List<ThreadMessage> out = new ArrayList<>();
    Set<Integer> done = new HashSet<>();
    while (out.size() < list.size()) {
      if (ready.isEmpty()) {
        for (int i = 0; i < list.size(); i++) {
          if (!done.contains(i)) {
            ready.add(i); // a reply cycle: let dates break it
          }
        }
      }
      int i = ready.poll();
      if (!done.add(i)) {
        continue;
      }
      out.add(own(list.get(i)));
      for (int c : children.get(i)) {
        if (--parents[c] == 0) {
          ready.add(c);
        }
      }
    }
    return out;
  }

  private static Integer parent(ParsedMail m, Map<String, Integer> byId) {
    Integer p = m.inReplyTo().isEmpty() ? null : byId.get(m.inReplyTo());
    if (p == null && !m.references().isEmpty()) {
      p = byId.get(m.references().get(m.references().size() - 1));
    }
    return p;
  }

  private ThreadMessage own(ParsedMail m) {
    SplitBody s = splitter.split(m.text());
    return new ThreadMessage(m.from(), m.date(), m.subject(), s.newText(m.text()));
  }
}
