package candor.audit;

import candor.mail.MailReader;
import candor.mail.MboxReader;
import candor.mail.ParsedMail;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An mbox file, streamed; the total comes from a quick count of its "From " postmarks. */
final class MboxSource implements AuditSource {
  private final Path file;
  private final MboxReader reader;
  private final int total;

  MboxSource(Path file, MailReader mail) {
    this.file = file;
    try {
      this.total = countPostmarks(file);
      this.reader = MboxReader.open(file, mail);
    } catch (IOException e) {
      throw new AuditException("Cannot read " + file + ": " + AuditStore.rootMessage(e), e);
    }
    if (total == 0) {
      closeQuietly();
      throw new AuditException(file + " is not an mbox file: no message starts with a \"From \" line.");
    }
  }

  static int countPostmarks(Path file) throws IOException {
    int n = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      int c;
      int matched = -1; // how many bytes of "From " matched, on a line that may start a message
      byte[] from = {'F', 'r', 'o', 'm', ' '};
      boolean lineStart = true;
      boolean prevBlank = true;
      boolean lineBlank = true;
      while ((c = in.read()) != -1) {
        if (lineStart) {
          matched = prevBlank ? 0 : -1;
          lineStart = false;
          lineBlank = true;
        }
        if (matched >= 0 && matched < from.length) {
          matched = c == from[matched] ? matched + 1 : -1;
          if (matched == from.length) n++;
        }
        if (c == '\n') {
          prevBlank = lineBlank;
          lineStart = true;
        } else if (c != '\r' && c != ' ' && c != '\t') {
          lineBlank = false;
        }
      }
    }
    return n;
  }

  @Override
  public Integer total() {
    return total;
  }

  @Override
  public String describe() {
    return file.toString();
  }

  @Override
  public boolean hasNext() {
    try {
      return reader.hasNext();
    } catch (UncheckedIOException e) {
      throw new AuditException("Cannot read " + file + ": " + AuditStore.rootMessage(e), e);
    }
  }

  @Override
  public ParsedMail next() {
    return reader.next();
  }

  @Override
  public void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    try {
      reader.close();
    } catch (IOException e) {
      // nothing was written; a failed close loses nothing
    }
  }
}
