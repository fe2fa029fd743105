package candor.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.annotate.Annotator;
import candor.engine.Analysis;
import candor.engine.AnalysisRequest;
import candor.engine.Draft;
import candor.engine.Engine;
import candor.engine.Finding;
import candor.rules.PackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team packs from a folder: banned phrases, switched-off rules, approved claims, reload, refusal. */
class TeamPacksTest {
  private static Annotator annotator;
  @TempDir Path dir;

  @BeforeAll
  static void load() {
    annotator = Annotator.english();
  }

  static final String BANNED = """
      pack: acme-style
      rules:
        - id: ACME_NO_BRAINER
          category: pressure
          type: assumptive_close
          description: Our team does not call a purchase a no-brainer.
          match: phrase
          pattern: "\\\\bno[- ]brainer\\\\b"
          message: "'{match}' tells the buyer the decision is obvious; let them judge."
          suggestion: "worth a look for your team"
          examples:
            bad: ["Honestly it's a [no-brainer]."]
      disable: [PRESSURE_ACT_NOW]
      """;

  private Analysis analyze(Engine engine, String text) {
    return engine.analyze(new AnalysisRequest(new Draft("d@vendor.com", "", text), List.of()));
  }

  private static boolean has(Analysis a, String rule) {
    return a.findings().stream().anyMatch(f -> f.ruleId().equals(rule));
  }

  @Test
  void bannedPhrasesAndSwitchedOffRulesApplyAndReload() throws Exception {
    Files.writeString(dir.resolve("acme.yml"), BANNED);
    TeamPacks packs = new TeamPacks(dir);
    Engine engine = new Engine(annotator, packs, 0);
    Analysis a = analyze(engine, "This upgrade is a no-brainer. Act now.");
    assertTrue(has(a, "ACME_NO_BRAINER"), a.findings().toString());
    assertFalse(has(a, "PRESSURE_ACT_NOW"));

    Files.writeString(dir.resolve("acme.yml"), BANNED.replace("disable: [PRESSURE_ACT_NOW]", "disable: []"));
    packs.reloadIfChanged();
    assertTrue(has(analyze(engine, "This upgrade is a no-brainer. Act now."), "PRESSURE_ACT_NOW"));
  }

  @Test
  void aBadPackIsRefusedAtStartWithFileAndRuleNamed() throws Exception {
    Files.writeString(dir.resolve("bad.yml"), BANNED.replace("category: pressure", "category: rudeness"));
    PackException e = assertThrows(PackException.class, () -> new TeamPacks(dir));
    assertTrue(e.getMessage().contains("bad.yml") && e.getMessage().contains("ACME_NO_BRAINER"), e.getMessage());
  }

  @Test
  void aPackBrokenLaterKeepsTheLastGoodRules() throws Exception {
    Files.writeString(dir.resolve("acme.yml"), BANNED);
    TeamPacks packs = new TeamPacks(dir);
    Files.writeString(dir.resolve("acme.yml"), BANNED.replace("pattern: \"\\\\bno[- ]brainer\\\\b\"", "pattern: \"(unclosed\""));
    packs.reloadIfChanged();
    assertNotNull(packs.lastError());
    assertTrue(packs.lastError().contains("ACME_NO_BRAINER"), packs.lastError());
    assertTrue(packs.get().rules().stream().anyMatch(r -> r.id().equals("ACME_NO_BRAINER")));
  }

  @Test
  void unapprovedClaimsAreFlaggedWithTheApprovedWordingAsTheRewrite() throws Exception {
    Files.writeString(dir.resolve("claims.yml"), """
        pack: acme-claims
        kind: approved-claims
        claims:
          - "Customers cut onboarding time by 40% in the first quarter."
          - "Uptime was 99.95% over the last twelve months."
        """);
    Engine engine = new Engine(annotator, new TeamPacks(dir), 0);
    Analysis ok = analyze(engine, "Our customers cut onboarding time by 40% in the first quarter.");
    assertFalse(has(ok, "TEAM_UNAPPROVED_CLAIM"), ok.findings().toString());
    // The built-in outcome rule matches this sentence too; the team's approval overrides it.
    assertTrue(ok.findings().stream().noneMatch(f -> f.category().equals("overpromise")), ok.findings().toString());
    Analysis bad = analyze(engine, "Our customers cut onboarding time by 75% in the first quarter.");
    Finding f = bad.findings().stream().filter(x -> x.ruleId().equals("TEAM_UNAPPROVED_CLAIM")).findFirst().orElseThrow();
    assertEquals("unverified_outcome", f.type());
    assertEquals("Customers cut onboarding time by 40% in the first quarter.", f.suggestions().get(0));
    // A saving in pounds or euros is a figure as much as one in dollars.
    for (String sum : List.of("$9,000", "\u00a39,000", "\u20ac9.000")) {
      Analysis saving = analyze(engine, "Our customers save " + sum + " a year on onboarding.");
      assertTrue(has(saving, "TEAM_UNAPPROVED_CLAIM"), sum + " " + saving.findings());
    }
  }

  @Test
  void aCatastrophicBacktrackingPatternStaysLinear() throws Exception {
    Files.writeString(dir.resolve("evil.yml"), BANNED.replace("\\\\bno[- ]brainer\\\\b", "(a+)+$").replace("bad: [\"Honestly it's a [no-brainer].\"]", "bad: []"));
    Engine engine = new Engine(annotator, new TeamPacks(dir), 0);
    Analysis a = analyze(engine, "a".repeat(30_000) + "!");
    assertNotNull(a);
  }

  @Test
  void rulesEndpointListsTeamRules() throws Exception {
    Files.writeString(dir.resolve("acme.yml"), BANNED);
    candor.config.Config c = new candor.config.Config();
    c.port = 0;
    try (candor.http.ApiServer server = new candor.http.ApiServer(c, new Engine(annotator, new TeamPacks(dir), 0)).start()) {
      var res = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + "/v1/rules")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertTrue(res.body().contains("\"ACME_NO_BRAINER\"") && res.body().contains("\"acme-style\""), res.body());
      assertFalse(res.body().contains("\"PRESSURE_ACT_NOW\""));
    }
  }
}
