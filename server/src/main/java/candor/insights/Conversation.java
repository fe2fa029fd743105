package candor.insights;

import candor.annotate.AnnotatedText;
import candor.annotate.Sentence;
import candor.engine.Draft;
import candor.engine.OwnText;
import candor.engine.Role;
import candor.engine.ThreadMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The draft and the resolved thread as the insight rules read them: annotated, own sentences only. */
final class Conversation {
  /** A message (or the draft, {@code index == -1}) and the sentences its sender wrote. */
  record Message(int index, Role role, Instant date, String from, String text, List<Sentence> own,
      java.util.Map<Sentence, String> lowers) {
    boolean isDraft() {
      return index < 0;
    }

    boolean fromBuyer() {
      return role == Role.CUSTOMER;
    }

    /** The sentence folded (typographic quotes to ASCII) and lower-cased; offsets equal the text's. */
    String lower(Sentence s) {
      String l = lowers.get(s);
      return l != null ? l : lowerOf(text, s);
    }

    /** The sentence trimmed of spaces and end punctuation, keeping a question mark. */
    int[] span(Sentence s) {
      int[] span = candor.rules.Text.trim(text, s.start(), s.end());
      if (s.isQuestion(text)) span[1] = Math.min(s.end(), span[1] + 1);
      return span;
    }

    /** A short quotation of the sentence for a coach's sentence. */
    String quote(Sentence s) {
      int[] span = span(s);
      String q = text.substring(span[0], span[1]).replaceAll("\\s+", " ");
      return q.length() <= 90 ? q : q.substring(0, 87).stripTrailing() + "...";
    }
  }

  final Message draft;
  final List<Message> thread;

  Conversation(Draft draft, List<ThreadMessage> resolved, Function<String, AnnotatedText> annotate, Function<String, OwnText> split) {
    this.draft = message(-1, Role.REP, null, draft.from(), draft.text(), annotate, split);
    List<Message> msgs = new ArrayList<>(resolved.size());
    for (int i = 0; i < resolved.size(); i++) {
      ThreadMessage m = resolved.get(i);
      Role role = m.role() == null ? Role.CUSTOMER : m.role();
      msgs.add(message(i, role, m.date(), m.from(), m.text(), annotate, split));
    }
    this.thread = List.copyOf(msgs);
  }

  private static Message message(int index, Role role, Instant date, String from, String text,
      Function<String, AnnotatedText> annotate, Function<String, OwnText> split) {
    if (text.isBlank()) return new Message(index, role, date, from, text, List.of(), java.util.Map.of());
    OwnText own = split.apply(text);
    AnnotatedText annotated = annotate.apply(text);
    List<Sentence> mine = new ArrayList<>();
    // Each rule reads sentences lower-cased: fold them once here.
    java.util.Map<Sentence, String> lowers = new java.util.IdentityHashMap<>();
    for (Sentence s : annotated.sentences()) {
      if (s.tokens().isEmpty()) continue;
      if (own.startsIn(s)) {
        mine.add(s);
        lowers.put(s, lowerOf(text, s));
      }
    }
    return new Message(index, role, date, from, text, List.copyOf(mine), lowers);
  }

  private static String lowerOf(String text, Sentence s) {
    return candor.rules.Text.fold(text.substring(s.start(), s.end())).toLowerCase(Locale.ROOT);
  }

  /** Thread messages first (oldest first), then the draft. */
  List<Message> all() {
    List<Message> out = new ArrayList<>(thread);
    out.add(draft);
    return out;
  }

  private static final Pattern ADDRESS = Pattern.compile("<?([^\\s<>@]+)@([^\\s<>@]+?)>?\\s*$");

  /** Who sent it, as a key: the address when there is one, else the name; "" when unknown. */
  static String person(String from) {
    String f = from.trim().toLowerCase(Locale.ROOT);
    Matcher m = ADDRESS.matcher(f);
    if (m.find()) return m.group(1) + "@" + m.group(2);
    return f.replaceAll("[\"']", "").replaceAll("\\s+", " ");
  }

  /** "Lee Park <lee@acme.io>" -> "lee park"; "" when the sender gives no name. */
  static String displayName(String from) {
    String f = from.replaceAll("<[^>]*>", "").replaceAll("[\"']", "").trim().toLowerCase(Locale.ROOT);
    return f.contains("@") ? "" : f.replaceAll("\\s+", " ");
  }

  /** "Lee Park <lee@acme.io>" -> "Lee"; "lee.park@acme.io" -> "Lee"; unknown -> "the buyer". */
  static String firstName(String from) {
    String f = from.replaceAll("<[^>]*>", "").replace("\"", "").trim();
    if (f.contains("@")) f = f.substring(0, f.indexOf('@')).replaceAll("[._-]+", " ").trim();
    if (f.contains(",")) { // "Park, Lee"
      String[] parts = f.split(",", 2);
      f = parts[1].trim().isEmpty() ? parts[0].trim() : parts[1].trim();
    }
    if (f.isEmpty()) return "the buyer";
    String first = f.split("\\s+")[0];
    return Character.toUpperCase(first.charAt(0)) + first.substring(1);
  }
}
