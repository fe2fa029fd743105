package candor.audit;

import candor.mail.ParsedMail;
import java.util.Iterator;

/**
 * Where the audit reads sent mail from: an mbox file, a folder of .eml files or an IMAP folder.
 * Messages come one at a time; {@link #total()} is known up front where the source can tell
 * cheaply (null otherwise). Not thread-safe.
 */
public interface AuditSource extends Iterator<ParsedMail>, AutoCloseable {
  /** How many messages there are, or null when unknown. */
  Integer total();

  /** A description for progress and errors: never a password. */
  String describe();

  @Override
  void close();
}
