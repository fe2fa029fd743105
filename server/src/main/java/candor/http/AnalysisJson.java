package candor.http;

import candor.engine.Analysis;
import candor.engine.Concern;
import candor.engine.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioned wire shape of an analysis (API v1). Kept apart from the engine's records so the
 * engine can change without breaking clients; field names are the API contract.
 */
public final class AnalysisJson {
  private AnalysisJson() {}

  public static Map<String, Object> of(Analysis a) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : a.findings()) findings.add(finding(f));
    out.put("findings", findings);
    List<Map<String, Object>> unanswered = new ArrayList<>();
    for (Concern c : a.unanswered()) unanswered.add(concern(c));
    out.put("unanswered", unanswered);
    List<Map<String, Object>> insights = new ArrayList<>();
    for (candor.insights.Insight i : a.insights()) insights.add(insight(i));
    out.put("insights", insights);
    Map<String, Object> scores = new LinkedHashMap<>();
    scores.put("pressure", a.scores().pressure());
    scores.put("overpromise", a.scores().overpromise());
    scores.put("customerFocus", Math.round(a.scores().customerFocus() * 1000) / 1000.0);
    out.put("scores", scores);
    out.put("warnings", a.warnings());
    if (a.threadExtended()) out.put("thread", thread(a.thread()));
    out.put("timing", Map.of("ms", Math.round(a.millis() * 10) / 10.0));
    return out;
  }

  /** For raw mail: the response also returns the draft and thread as reconstructed, which offsets index. */
  public static Map<String, Object> withInput(Analysis a, candor.engine.AnalysisRequest request) {
    Map<String, Object> out = of(a);
    Map<String, Object> draft = new LinkedHashMap<>();
    draft.put("from", request.draft().from());
    draft.put("subject", request.draft().subject());
    draft.put("text", request.draft().text());
    out.put("draft", draft);
    out.put("thread", thread(a.thread()));
    return out;
  }

  /** As {@link #withInput(Analysis, candor.engine.AnalysisRequest)}, with what reading the mail repaired or cut among the warnings. */
  public static Map<String, Object> withInput(Analysis a, candor.engine.AnalysisRequest request, List<String> mailWarnings) {
    Map<String, Object> out = withInput(a, request);
    if (!mailWarnings.isEmpty()) {
      List<String> all = new ArrayList<>(a.warnings());
      for (String w : mailWarnings) all.add("mail: " + w);
      out.put("warnings", all);
    }
    return out;
  }

  static List<Map<String, Object>> thread(List<candor.engine.ThreadMessage> thread) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (candor.engine.ThreadMessage m : thread) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("from", m.from());
      row.put("role", m.role() == null ? null : m.role().wire());
      row.put("date", m.date() == null ? null : m.date().toString());
      row.put("text", m.text());
      out.add(row);
    }
    return out;
  }

  static Map<String, Object> finding(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("rule", f.ruleId());
    m.put("category", f.category());
    m.put("type", f.type());
    m.put("field", f.field().wire());
    m.put("offset", f.start());
    m.put("length", f.end() - f.start());
    m.put("text", f.text());
    m.put("message", f.message());
    m.put("suggestions", f.suggestions());
    m.put("severity", f.severity());
    m.put("confidence", f.confidence());
    return m;
  }

  static Map<String, Object> insight(candor.insights.Insight i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", i.type());
    m.put("detail", i.detail());
    m.put("where", i.where());
    if (i.message() != null) m.put("message", i.message());
    if (i.offset() != null) m.put("offset", i.offset());
    if (i.length() != null) m.put("length", i.length());
    return m;
  }

  static Map<String, Object> concern(Concern c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("message", c.message());
    m.put("offset", c.start());
    m.put("length", c.end() - c.start());
    m.put("text", c.text());
    m.put("topic", c.topic());
    m.put("status", c.status().wire());
    m.put("suggestion", c.suggestion());
    m.put("confidence", c.confidence());
    return m;
  }
}
