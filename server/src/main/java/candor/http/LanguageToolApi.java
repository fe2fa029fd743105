package candor.http;

import candor.engine.Analysis;
import candor.engine.AnalysisRequest;
import candor.engine.Draft;
import candor.engine.Finding;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * LanguageTool's /v2/check, so LanguageTool clients pointed at Candor show its findings. Takes
 * form fields {@code text} or {@code data} (LanguageTool's annotated text) and {@code language};
 * with {@code data}, offsets point into the original text including markup, as LanguageTool does.
 */
final class LanguageToolApi {
  private final AnalysisRunner runner;
  private final int maxTextChars;

  LanguageToolApi(AnalysisRunner runner, int maxTextChars) {
    this.runner = runner;
    this.maxTextChars = maxTextChars;
  }

  void check(Context ctx, byte[] body) {
    String media = Bodies.mediaType(ctx);
    if (!media.equals("application/x-www-form-urlencoded") && !media.isEmpty()) {
      throw new BadRequest(415, "Content-Type must be application/x-www-form-urlencoded, not " + media + ".");
    }
    Map<String, String> form = parseForm(new String(body, StandardCharsets.UTF_8));
    String language = form.getOrDefault("language", "auto");
    if (!language.equals("auto") && !language.toLowerCase(Locale.ROOT).startsWith("en")) {
      throw new BadRequest(400, "Candor checks English only: use language=en-US, en-GB, en or auto, not " + language + ".");
    }
    Annotated input = form.containsKey("data") ? annotated(form.get("data")) : plain(form.get("text"));
    if (input.plain.length() > maxTextChars) throw new BadRequest(413, "text has " + input.plain.length() + " characters; the limit is " + maxTextChars + ".");
    Analysis a = runner.run(new AnalysisRequest(new Draft(null, null, input.plain), List.of()));
    List<Map<String, Object>> matches = new ArrayList<>();
    for (Finding f : a.findings()) {
      matches.add(match(f, input));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("software", Map.of("name", "Candor", "version", candor.cli.Version.get(), "apiVersion", 1,
        "status", "", "premium", false));
    Map<String, Object> lang = new LinkedHashMap<>();
    lang.put("name", "English (US)");
    lang.put("code", language.equals("auto") ? "en-US" : language);
    lang.put("detectedLanguage", Map.of("name", "English (US)", "code", "en-US", "confidence", 0.9));
    out.put("language", lang);
    out.put("matches", matches);
    out.put("warnings", Map.of("incompleteResults", false));
    ctx.json(out);
  }

  private static Map<String, Object> match(Finding f, Annotated input) {
    String plain = input.plain;
    int offset = input.toOriginal(f.start());
    int end = input.toOriginal(f.end() - 1) + 1;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("message", f.message());
    m.put("shortMessage", shortMessage(f));
    List<Map<String, String>> repl = new ArrayList<>();
    for (String s : f.suggestions()) repl.add(Map.of("value", s));
    m.put("replacements", repl);
    m.put("offset", offset);
    m.put("length", end - offset);
    int cs = Math.max(0, f.start() - 40);
    int ce = Math.min(plain.length(), f.end() + 40);
    m.put("context", Map.of("text", plain.substring(cs, ce), "offset", f.start() - cs, "length", f.end() - f.start()));
    m.put("sentence", sentenceAround(plain, f.start(), f.end()));
    m.put("type", Map.of("typeName", "Other"));
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", f.ruleId());
    rule.put("description", f.message());
    rule.put("issueType", "style");
    String cat = f.category().toUpperCase(Locale.ROOT);
    rule.put("category", Map.of("id", "CANDOR_" + cat, "name", cat.charAt(0) + f.category().substring(1)));
    m.put("rule", rule);
    m.put("ignoreForIncompleteSentence", false);
    m.put("contextForSureMatch", 0);
    return m;
  }

  private static String shortMessage(Finding f) {
    String type = f.type().replace('_', ' ');
    return Character.toUpperCase(type.charAt(0)) + type.substring(1);
  }

  private static String sentenceAround(String text, int start, int end) {
    int s = start;
    while (s > 0 && ".!?\n".indexOf(text.charAt(s - 1)) < 0) s--;
    int e = end;
    while (e < text.length() && ".!?\n".indexOf(text.charAt(e)) < 0) e++;
    if (e < text.length() && text.charAt(e) != '\n') e++;
    return text.substring(s, e).trim();
  }

  static List<Map<String, String>> languages() {
    return List.of(
        Map.of("name", "English", "code", "en", "longCode", "en"),
        Map.of("name", "English (US)", "code", "en", "longCode", "en-US"),
        Map.of("name", "English (GB)", "code", "en", "longCode", "en-GB"),
        Map.of("name", "English (Canadian)", "code", "en", "longCode", "en-CA"),
        Map.of("name", "English (Australian)", "code", "en", "longCode", "en-AU"));
  }

  /** Plain text plus a map from each plain-text char to its offset in the original input. */
  private record Annotated(String plain, int[] origin) {
    int toOriginal(int plainIndex) {
      if (origin == null) return plainIndex;
      if (plainIndex >= origin.length) return origin.length == 0 ? 0 : origin[origin.length - 1] + 1;
      return origin[plainIndex];
    }
  }

  private static Annotated plain(String text) {
    if (text == null) throw new BadRequest(400, "Missing form field 'text' (or 'data').");
    return new Annotated(text, null);
  }

  private static Annotated annotated(String data) {
    JsonNode root;
    try {
      root = Bodies.JSON.readTree(data);
    } catch (Exception e) {
      throw new BadRequest(400, "'data' must be JSON like {\"annotation\": [{\"text\": \"...\"}, {\"markup\": \"<b>\"}]}.");
    }
    JsonNode parts = root.get("annotation");
    if (parts == null || !parts.isArray()) throw new BadRequest(400, "'data' needs an 'annotation' array.");
    StringBuilder plain = new StringBuilder();
    List<Integer> origin = new ArrayList<>();
    int pos = 0;
    for (JsonNode p : parts) {
      if (p.hasNonNull("text")) {
        String t = p.get("text").asText();
        for (int i = 0; i < t.length(); i++) origin.add(pos + i);
        plain.append(t);
        pos += t.length();
      } else if (p.hasNonNull("markup")) {
        String markup = p.get("markup").asText();
        String as = p.hasNonNull("interpretAs") ? p.get("interpretAs").asText() : "";
        for (int i = 0; i < as.length(); i++) origin.add(pos);
        plain.append(as);
        pos += markup.length();
      } else {
        throw new BadRequest(400, "Each annotation entry needs 'text' or 'markup'.");
      }
    }
    int[] o = origin.stream().mapToInt(Integer::intValue).toArray();
    return new Annotated(plain.toString(), o);
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> out = new HashMap<>();
    if (body.isEmpty()) return out;
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new BadRequest(400, "The form body is not valid URL encoding.");
      }
    }
    return out;
  }
}
