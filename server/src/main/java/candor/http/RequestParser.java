package candor.http;

import candor.engine.AnalysisRequest;
import candor.engine.Draft;
import candor.engine.Role;
import candor.engine.ThreadMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the request JSON into an engine request, rejecting wrong shapes with a message that names
 * the field ("thread[2].role must be 'customer' or 'rep'").
 */
public final class RequestParser {
  private final int maxTextChars;

  public RequestParser(int maxTextChars) {
    this.maxTextChars = maxTextChars;
  }

  public AnalysisRequest parse(JsonNode root) {
    if (root == null || !root.isObject()) throw new BadRequest(400, "The body must be a JSON object with a 'draft'.");
    JsonNode draftNode = root.get("draft");
    if (draftNode == null || draftNode.isNull()) throw new BadRequest(400, "Missing 'draft': send {\"draft\": {\"text\": \"...\"}, \"thread\": [...]}.");
    if (!draftNode.isObject()) throw new BadRequest(400, "'draft' must be an object.");
    Draft draft = new Draft(string(draftNode, "from", "draft.from"), string(draftNode, "subject", "draft.subject"),
        text(draftNode, "draft"));
    List<ThreadMessage> thread = new ArrayList<>();
    JsonNode threadNode = root.get("thread");
    if (threadNode != null && !threadNode.isNull()) {
      if (!threadNode.isArray()) throw new BadRequest(400, "'thread' must be an array of messages, oldest first.");
      for (int i = 0; i < threadNode.size(); i++) {
        JsonNode m = threadNode.get(i);
        String where = "thread[" + i + "]";
        if (!m.isObject()) throw new BadRequest(400, where + " must be an object.");
        thread.add(new ThreadMessage(string(m, "from", where + ".from"), role(m, where), date(m, where), text(m, where)));
      }
    }
    return new AnalysisRequest(draft, thread);
  }

  /** Applies the text length limit to a request built from raw mail. */
  public void checkLengths(AnalysisRequest request) {
    check(request.draft().text(), "draft");
    for (int i = 0; i < request.thread().size(); i++) check(request.thread().get(i).text(), "thread[" + i + "]");
  }

  private void check(String t, String where) {
    if (t != null && t.length() > maxTextChars) {
      throw new BadRequest(413, where + ".text has " + t.length() + " characters; the limit is " + maxTextChars + ".");
    }
  }

  private String text(JsonNode node, String where) {
    String t = string(node, "text", where + ".text");
    if (t != null && t.length() > maxTextChars) {
      throw new BadRequest(413, where + ".text has " + t.length() + " characters; the limit is " + maxTextChars + ".");
    }
    return t;
  }

  private static String string(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw new BadRequest(400, where + " must be a string, not " + v.getNodeType().name().toLowerCase() + ".");
    return v.textValue();
  }

  private static Role role(JsonNode node, String where) {
    String r = string(node, "role", where + ".role");
    if (r == null) return null;
    return switch (r) {
      case "customer" -> Role.CUSTOMER;
      case "rep" -> Role.REP;
      default -> throw new BadRequest(400, where + ".role must be 'customer' or 'rep', not '" + r + "'.");
    };
  }

  private static Instant date(JsonNode node, String where) {
    String d = string(node, "date", where + ".date");
    if (d == null || d.isBlank()) return null;
    try {
      return OffsetDateTime.parse(d).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(d);
      } catch (DateTimeParseException e2) {
        throw new BadRequest(400, where + ".date must be ISO 8601 (e.g. 2026-03-03T16:41:00Z), not '" + d + "'.");
      }
    }
  }
}
