package candor.audit;

import candor.mail.MailReader;
import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Opens an audit source from what the user typed: an mbox file, a folder of .eml files or an IMAP address. */
public final class Sources {
  private Sources() {}

  public static AuditSource open(String spec, MailReader mail, Map<String, String> env, Console console) {
    String lower = spec.toLowerCase(Locale.ROOT);
    if (lower.startsWith("imap://") || lower.startsWith("imaps://")) {
      ImapSource.Address a = ImapSource.Address.parse(spec);
      return new ImapSource(a, ImapSource.Credentials.from(env, console, a), env.get(ImapSource.TRUST_ENV), mail);
    }
    Path p = Path.of(spec);
    if (Files.isDirectory(p)) return new EmlFolderSource(p, mail);
    if (Files.isRegularFile(p)) return new MboxSource(p, mail);
    throw new AuditException(spec + ": no such file or folder (give an mbox file, a folder of .eml files, or imaps://USER@HOST/FOLDER).");
  }

  /** An mbox file (used for uploads). */
  public static AuditSource mbox(Path file, MailReader mail) {
    return new MboxSource(file, mail);
  }
}
