package candor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlToTextTest {

  @Test
  void paragraphsBreaksAndListsKeepTheirShape() {
    String html = "<p>Hi&nbsp;Sam,</p><p>Two   options:<br>first<br/>second</p>"
        + "<ul><li>Team</li><li>Enterprise</li></ul><script>var x = 1;</script>"
        + "<style>p {}</style><p>Dana</p>";
    assertEquals("Hi Sam,\n\nTwo options:\nfirst\nsecond\n\n- Team\n- Enterprise\n\nDana\n",
        HtmlToText.convert(html));
  }

  @Test
  void nestedBlockquotesBecomeQuoteLevels() {
    String html = "<div>Reply</div><blockquote><div>Older</div>"
        + "<blockquote><div>Oldest</div></blockquote></blockquote>";
    assertEquals("Reply\n\n> Older\n>\n> > Oldest\n", HtmlToText.convert(html));
    SplitBody s = new ReplySplitter().split(HtmlToText.convert(html));
    assertEquals(2, s.quoted().size());
  }

  @Test
  void preKeepsItsLines() {
    assertEquals("a  b\n  c\n", HtmlToText.convert("<pre>a  b\n  c</pre>"));
  }

  @Test
  void gmailSignatureGetsADelimiterOnce() {
    String withPrefix = "<div>Hi</div><span class=\"gmail_signature_prefix\">-- </span><br>"
        + "<div class=\"gmail_signature\">Dana Kim</div>";
    String without = "<div>Hi</div><div class=\"gmail_signature\">Dana Kim</div>";
    assertEquals("Hi\n--\nDana Kim\n", HtmlToText.convert(withPrefix));
    assertEquals("Hi\n--\nDana Kim\n", HtmlToText.convert(without));
  }

  @Test
  void deeplyNestedHtmlIsCheap() {
    String html = "<div>".repeat(50_000) + "deep" + "</div>".repeat(50_000) + "<p>shallow</p>";
    String text = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> HtmlToText.convert(html));
    assertTrue(text.contains("deep"));
    assertTrue(text.contains("shallow"));
  }
}
