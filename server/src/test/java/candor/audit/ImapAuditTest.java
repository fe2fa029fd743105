package candor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.engine.Engine;
import candor.http.Json;
import candor.mail.MailReader;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Audits a Sent folder on a real IMAPS server (GreenMail, started by the test) through Jakarta Mail. */
class ImapAuditTest {
  static final int COUNT = 60;

  @RegisterExtension
  static final GreenMailExtension GREENMAIL = new GreenMailExtension(
      new ServerSetup[] {ServerSetupTest.IMAPS.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});

  static Engine engine;

  @TempDir
  Path tmp;

  @BeforeAll
  static void models() {
    engine = Engine.standard(2000);
  }

  @BeforeEach
  void sentFolder() throws Exception {
    GreenMailUser user = GREENMAIL.setUser("dana@vendor.com", "dana@vendor.com", "s3cret pass");
    MailFolder sent = GREENMAIL.getManagers().getImapHostManager().createMailbox(user, "Sent");
    Session session = Session.getInstance(new Properties());
    for (String raw : MboxGenerator.messages(COUNT, 5)) {
      sent.store(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }
  }

  private String imaps(String user) {
    return "imaps://" + user + "@127.0.0.1:" + GREENMAIL.getImaps().getPort() + "/Sent";
  }

  private static Map<String, String> env(String password) {
    return Map.of(ImapSource.PASSWORD_ENV, password, ImapSource.TRUST_ENV, "127.0.0.1");
  }

  @Test
  void auditsTheSentFolderLikeTheSameMailInAnMbox() throws Exception {
    MessageAuditor auditor = new MessageAuditor(engine, List.of("vendor.com"), false);
    Report fromImap;
    Report fromMbox;
    try (AuditStore store = AuditStore.open("jdbc:sqlite:" + tmp.resolve("imap.db"));
         AuditSource src = Sources.open(imaps("dana%40vendor.com"), new MailReader(), env("s3cret pass"), null)) {
      assertEquals(COUNT, src.total());
      Auditor.Result r = new Auditor(store, auditor, 2).run(src, Auditor.Progress.NONE);
      assertEquals(COUNT, r.read());
      assertEquals(0, r.failed());
      assertTrue(r.notTeam() > 0, "the buyers' messages are not audited");
      fromImap = Report.of(store.messages(null, null));
    }
    Path mbox = tmp.resolve("same.mbox");
    MboxGenerator.write(mbox, COUNT, 5);
    try (AuditStore store = AuditStore.open("jdbc:sqlite:" + tmp.resolve("mbox.db"));
         AuditSource src = Sources.mbox(mbox, new MailReader())) {
      new Auditor(store, auditor, 2).run(src, Auditor.Progress.NONE);
      fromMbox = Report.of(store.messages(null, null));
    }
    assertTrue(fromImap.team().messages() > 0);
    assertEquals(Json.mapper().writeValueAsString(fromMbox), Json.mapper().writeValueAsString(fromImap));
  }

  @Test
  void anOauth2TokenSignsInWithXoauth2() {
    // GreenMail checks the XOAUTH2 token against the user's password.
    try (AuditSource src = Sources.open(imaps("dana%40vendor.com"), new MailReader(),
        Map.of(ImapSource.TOKEN_ENV, "s3cret pass", ImapSource.TRUST_ENV, "127.0.0.1"), null)) {
      assertEquals(COUNT, src.total());
      assertTrue(src.hasNext());
      assertTrue(src.next().fromAddress().contains("@"));
    }
  }

  @Test
  void aWrongPasswordIsAClearError() {
    AuditException e = assertThrows(AuditException.class,
        () -> Sources.open(imaps("dana%40vendor.com"), new MailReader(), env("wrong"), null));
    assertTrue(e.getMessage().contains("refused"), e.getMessage());
    assertFalse(e.getMessage().contains("wrong"), "the password is never echoed");
  }

  @Test
  void noPasswordAndNoTerminalIsAClearError() {
    AuditException e = assertThrows(AuditException.class,
        () -> Sources.open(imaps("dana%40vendor.com"), new MailReader(), Map.of(), null));
    assertTrue(e.getMessage().contains("CANDOR_IMAP_PASSWORD"), e.getMessage());
  }

  @Test
  void anUnreachableServerIsAClearError() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    AuditException e = assertThrows(AuditException.class, () -> Sources.open(
        "imaps://dana@127.0.0.1:" + closed + "/Sent", new MailReader(), env("x"), null));
    assertTrue(e.getMessage().startsWith("Cannot connect to IMAP server 127.0.0.1:" + closed), e.getMessage());
  }

  @Test
  void aMissingFolderIsAClearError() {
    AuditException e = assertThrows(AuditException.class, () -> Sources.open(
        "imap://dana%40vendor.com@127.0.0.1:" + GREENMAIL.getImap().getPort() + "/Nope", new MailReader(),
        env("s3cret pass"), null));
    assertTrue(e.getMessage().contains("'Nope' does not exist"), e.getMessage());
  }
}
