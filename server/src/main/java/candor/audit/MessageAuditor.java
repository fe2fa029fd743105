package candor.audit;

import candor.engine.Analysis;
import candor.engine.AnalysisRequest;
import candor.engine.Concern;
import candor.engine.Draft;
import candor.engine.Engine;
import candor.engine.Field;
import candor.engine.Finding;
import candor.engine.Role;
import candor.engine.ThreadMessage;
import candor.mail.MailThread;
import candor.mail.ParsedMail;
import candor.mail.ThreadReconstructor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One sent message to what the audit keeps: its new text (quoted history and signature stripped)
 * is analysed, with the quoted thread as context for unanswered concerns. Thread-safe.
 */
public final class MessageAuditor {
  private static final int SENTENCE_MAX = 400;

  private final Engine engine;
  private final Set<String> teamDomains;
  private final boolean keepBodies;
  private final ThreadReconstructor threads = new ThreadReconstructor();
  /** Further narrows the team to these sender addresses (lower case); team mode limits a leader's upload to their reps. */
  private java.util.function.Predicate<String> senders = a -> true;

  public MessageAuditor(Engine engine, List<String> teamDomains, boolean keepBodies) {
    this.engine = engine;
    Set<String> d = new LinkedHashSet<>();
    for (String s : teamDomains) {
      String t = s.trim().toLowerCase(Locale.ROOT);
      if (t.startsWith("@")) t = t.substring(1);
      if (!t.isEmpty()) d.add(t);
    }
    if (d.isEmpty()) throw new AuditException("Name the team's mail domain(s) with --team-domain (e.g. --team-domain vendor.com).");
    this.teamDomains = Set.copyOf(d);
    this.keepBodies = keepBodies;
  }

  /** This auditor, auditing only mail from senders the predicate accepts (given lower-case bare addresses). */
  public MessageAuditor onlySenders(java.util.function.Predicate<String> accept) {
    this.senders = accept;
    return this;
  }

  public Set<String> teamDomains() {
    return teamDomains;
  }

  /** Whether the address belongs to the team: its domain, or a subdomain of it. */
  public boolean isTeam(String address) {
    int at = address == null ? -1 : address.lastIndexOf('@');
    if (at < 0) return false;
    String domain = address.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    if (domain.endsWith(">")) domain = domain.substring(0, domain.length() - 1);
    for (String d : teamDomains) {
      if (domain.equals(d) || domain.endsWith("." + d)) {
        String bare = address.trim().toLowerCase(Locale.ROOT).replaceAll("^<|>$", "");
        return senders.test(bare);
      }
    }
    return false;
  }

  /** The store key: the Message-ID, or a hash of sender, date, subject and text when there is none. */
  public static String key(ParsedMail m) {
    if (!m.messageId().isBlank()) return m.messageId().trim();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {m.fromAddress(), String.valueOf(m.date()), m.subject(), m.text()}) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public StoredMessage audit(ParsedMail mail) {
    MailThread thread = threads.fromReply(mail);
    String text = thread.draft().text();
    String subject = mail.subject();
    List<ThreadMessage> earlier = new ArrayList<>();
    for (candor.mail.ThreadMessage q : thread.earlier()) {
      earlier.add(new ThreadMessage(q.from(), isTeam(q.from()) ? Role.REP : Role.CUSTOMER, q.date(), q.text()));
    }
    Analysis a = engine.analyze(new AnalysisRequest(new Draft(mail.from(), subject, text), earlier));
    List<StoredFinding> out = new ArrayList<>();
    for (Finding f : a.findings()) {
      String source = f.field() == Field.SUBJECT ? subject : text;
      out.add(around(f.category(), f.ruleId(), f.type(), f.confidence(), source, f.start(), f.end(), f.message()));
    }
    for (Concern c : a.unanswered()) {
      String source = c.message() >= 0 && c.message() < earlier.size() ? earlier.get(c.message()).text() : "";
      boolean open = c.status() == Concern.Status.UNANSWERED;
      String topic = c.topic() == null || c.topic().isBlank() ? "other" : c.topic();
      String message = (open ? "The buyer's " + topic + " point is left unanswered. "
          : "The buyer's " + topic + " point is only put off. ") + c.suggestion();
      out.add(around(StoredFinding.UNANSWERED, (open ? "UNANSWERED_" : "DEFERRED_") + topic.toUpperCase(Locale.ROOT),
          topic, c.confidence(), source, c.start(), c.end(), message));
    }
    String rep = mail.fromAddress().toLowerCase(Locale.ROOT);
    return new StoredMessage(key(mail), rep, mail.date(), subject, out, keepBodies ? text : null);
  }

  /** The flagged words and the sentence around them, with the words' place in that sentence. */
  static StoredFinding around(String category, String ruleId, String type, double confidence, String source,
      int start, int end, String message) {
    start = Math.max(0, Math.min(start, source.length()));
    end = Math.max(start, Math.min(end, source.length()));
    int from = start;
    while (from > 0 && start - from < SENTENCE_MAX && !boundaryBefore(source, from)) from--;
    int to = end;
    while (to < source.length() && to - end < SENTENCE_MAX) {
      char c = source.charAt(to);
      if (c == '\n') break;
      to++;
      if (".!?".indexOf(c) >= 0 && (to == source.length() || Character.isWhitespace(source.charAt(to)))) break;
    }
    String raw = source.substring(from, to);
    int lead = 0;
    while (lead < raw.length() && lead < start - from && Character.isWhitespace(raw.charAt(lead))) lead++;
    String sentence = raw.substring(lead).stripTrailing().replace('\n', ' ');
    int s = start - from - lead;
    int e = Math.min(end - from - lead, sentence.length());
    return new StoredFinding(category, ruleId, type, confidence, source.substring(start, end), sentence, s, Math.max(s, e),
        message);
  }

  private static boolean boundaryBefore(String s, int i) {
    char p = s.charAt(i - 1);
    if (p == '\n') return true;
    return (p == ' ' || p == '\t') && i >= 2 && ".!?".indexOf(s.charAt(i - 2)) >= 0;
  }
}
