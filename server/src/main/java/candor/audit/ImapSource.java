package candor.audit;

import candor.mail.MailReader;
import candor.mail.ParsedMail;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IMAP folder read with Jakarta Mail, read-only, in batches. The address is
 * {@code imaps://user@host[:port]/Folder} ({@code imap://} for a plain local server); the secret
 * comes from {@code CANDOR_IMAP_PASSWORD}, or {@code CANDOR_IMAP_OAUTH2_TOKEN} for XOAUTH2, or a
 * prompt when there is a terminal. Never from a flag.
 */
final class ImapSource implements AuditSource {
  static final String PASSWORD_ENV = "CANDOR_IMAP_PASSWORD";
  static final String TOKEN_ENV = "CANDOR_IMAP_OAUTH2_TOKEN";
  /** Hosts whose certificate is trusted as is (a self-signed test or in-house server); empty for none. */
  static final String TRUST_ENV = "CANDOR_IMAP_SSL_TRUST";
  private static final Pattern ADDRESS =
      Pattern.compile("(?i)(imaps?)://(.+)@([^@/:]+|\\[[^]]+\\])(?::(\\d+))?/(.+)");
  private static final int BATCH = 100;

  /** The parts of an IMAP address. */
  record Address(boolean ssl, String user, String host, int port, String folder) {
    static Address parse(String spec) {
      Matcher m = ADDRESS.matcher(spec.trim());
      if (!m.matches()) {
        throw new AuditException("Not an IMAP address: use imaps://USER@HOST[:PORT]/FOLDER (e.g. imaps://dana@mail.vendor.com/Sent).");
      }
      boolean ssl = m.group(1).equalsIgnoreCase("imaps");
      int port = m.group(4) == null ? (ssl ? 993 : 143) : Integer.parseInt(m.group(4));
      return new Address(ssl, URLDecoder.decode(m.group(2), StandardCharsets.UTF_8), m.group(3), port,
          URLDecoder.decode(m.group(5), StandardCharsets.UTF_8));
    }

    String describe() {
      return (ssl ? "imaps://" : "imap://") + user + "@" + host + ":" + port + "/" + folder;
    }
  }

  /** How to sign in: a password, or an OAuth2 access token for XOAUTH2. */
  record Credentials(String secret, boolean oauth2) {
    static Credentials from(Map<String, String> env, Console console, Address a) {
      String token = env.get(TOKEN_ENV);
      if (token != null && !token.isBlank()) return new Credentials(token.trim(), true);
      String password = env.get(PASSWORD_ENV);
      if (password != null && !password.isEmpty()) return new Credentials(password, false);
      if (console == null) {
        throw new AuditException("No IMAP password: set " + PASSWORD_ENV + " (or " + TOKEN_ENV
            + " for OAuth2) in the environment, or run on a terminal to be asked.");
      }
      char[] typed = console.readPassword("IMAP password for %s@%s: ", a.user(), a.host());
      if (typed == null || typed.length == 0) throw new AuditException("No IMAP password given.");
      return new Credentials(new String(typed), false);
    }
  }

  private final Address address;
  private final MailReader mail;
  private final Store store;
  private final Folder folder;
  private final int total;
  private final Deque<Message> batch = new ArrayDeque<>();
  private int nextIndex = 1;

  ImapSource(Address address, Credentials credentials, String trustHosts, MailReader mail) {
    this.address = address;
    this.mail = mail;
    String proto = address.ssl() ? "imaps" : "imap";
    Properties p = new Properties();
    p.setProperty("mail." + proto + ".connectiontimeout", "20000");
    p.setProperty("mail." + proto + ".timeout", "60000");
    p.setProperty("mail." + proto + ".partialfetch", "false");
    if (address.ssl()) {
      boolean pinned = trustHosts != null && !trustHosts.isBlank();
      // Hosts named in CANDOR_IMAP_SSL_TRUST are trusted as they are (self-signed, no name in the
      // certificate); every other server's certificate must chain to the JDK's roots and name the host.
      p.setProperty("mail.imaps.ssl.checkserveridentity", pinned ? "false" : "true");
      if (pinned) p.setProperty("mail.imaps.ssl.trust", trustHosts.trim());
    }
    if (credentials.oauth2()) {
      p.setProperty("mail." + proto + ".auth.mechanisms", "XOAUTH2");
      p.setProperty("mail." + proto + ".auth.login.disable", "true");
      p.setProperty("mail." + proto + ".auth.plain.disable", "true");
    }
    Session session = Session.getInstance(p);
    try {
      store = session.getStore(proto);
      store.connect(address.host(), address.port(), address.user(), credentials.secret());
    } catch (jakarta.mail.AuthenticationFailedException e) {
      throw new AuditException("IMAP sign-in to " + address.describe() + " was refused: check the user and "
          + (credentials.oauth2() ? TOKEN_ENV : PASSWORD_ENV) + ".", e);
    } catch (MessagingException e) {
      throw new AuditException("Cannot connect to IMAP server " + address.host() + ":" + address.port() + ": "
          + AuditStore.rootMessage(e), e);
    }
    try {
      folder = store.getFolder(address.folder());
      if (!folder.exists()) throw new AuditException("The IMAP folder '" + address.folder() + "' does not exist on " + address.host() + ".");
      folder.open(Folder.READ_ONLY);
      total = folder.getMessageCount();
    } catch (MessagingException e) {
      closeStore();
      throw new AuditException("Cannot open IMAP folder " + address.describe() + ": " + AuditStore.rootMessage(e), e);
    } catch (AuditException e) {
      closeStore();
      throw e;
    }
  }

  @Override
  public Integer total() {
    return total;
  }

  @Override
  public String describe() {
    return address.describe();
  }

  @Override
  public boolean hasNext() {
    if (batch.isEmpty() && nextIndex <= total) {
      int end = Math.min(total, nextIndex + BATCH - 1);
      try {
        Message[] msgs = folder.getMessages(nextIndex, end);
        FetchProfile fp = new FetchProfile();
        fp.add(FetchProfile.Item.SIZE);
        folder.fetch(msgs, fp);
        for (Message m : msgs) batch.add(m);
      } catch (MessagingException e) {
        throw new AuditException("Reading " + address.describe() + " failed: " + AuditStore.rootMessage(e), e);
      }
      nextIndex = end + 1;
    }
    return !batch.isEmpty();
  }

  @Override
  public ParsedMail next() {
    if (!hasNext()) throw new NoSuchElementException();
    Message m = batch.poll();
    try {
      ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(1024, Math.min(m.getSize(), 1 << 20)));
      m.writeTo(raw);
      return mail.read(raw.toByteArray());
    } catch (MessagingException | IOException e) {
      throw new AuditException("Reading message " + m.getMessageNumber() + " of " + address.describe() + " failed: "
          + AuditStore.rootMessage(e), e);
    }
  }

  @Override
  public void close() {
    try {
      if (folder != null && folder.isOpen()) folder.close(false);
    } catch (MessagingException e) {
      // read-only: nothing to lose
    }
    closeStore();
  }

  private void closeStore() {
    try {
      store.close();
    } catch (MessagingException e) {
      // read-only: nothing to lose
    }
  }
}
