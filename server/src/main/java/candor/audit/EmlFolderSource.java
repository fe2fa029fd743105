package candor.audit;

import candor.mail.MailReader;
import candor.mail.ParsedMail;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A folder of .eml files (and its subfolders), in path order. */
final class EmlFolderSource implements AuditSource {
  private final Path dir;
  private final MailReader mail;
  private final List<Path> files;
  private final Iterator<Path> it;

  EmlFolderSource(Path dir, MailReader mail) {
    this.dir = dir;
    this.mail = mail;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml")).sorted().toList();
    } catch (IOException e) {
      throw new AuditException("Cannot list " + dir + ": " + AuditStore.rootMessage(e), e);
    }
    if (files.isEmpty()) throw new AuditException(dir + " holds no .eml files.");
    it = files.iterator();
  }

  @Override
  public Integer total() {
    return files.size();
  }

  @Override
  public String describe() {
    return dir.toString();
  }

  @Override
  public boolean hasNext() {
    return it.hasNext();
  }

  @Override
  public ParsedMail next() {
    Path p = it.next();
    try (InputStream in = Files.newInputStream(p)) {
      return mail.read(in);
    } catch (IOException e) {
      throw new AuditException("Cannot read " + p + ": " + AuditStore.rootMessage(e), e);
    }
  }

  @Override
  public void close() {}
}
