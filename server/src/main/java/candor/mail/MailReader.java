package candor.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one raw RFC 822 message into a {@link ParsedMail}.
 *
 * <p>Only I/O failures of the given stream throw. Broken MIME, lying charsets, missing headers
 * and oversized input are repaired or cut, and each repair is named in
 * {@link ParsedMail#warnings()}. Attachments are never decoded: only text parts are read, and
 * only up to {@link MailLimits#maxPartBytes()}. Thread-safe; share one instance.
 */
public final class MailReader {

  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,998}>");

  private final MailLimits limits;
  private final Session session;

  public MailReader() {
    this(MailLimits.DEFAULT);
  }

  public MailReader(MailLimits limits) {
    this.limits = limits;
    Properties props = new Properties();
    // Real mail breaks these rules; we want its words, not a rejection.
    props.setProperty("mail.mime.address.strict", "false");
    props.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
    props.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
    props.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "true");
    this.session = Session.getInstance(props);
  }

  public MailLimits limits() {
    return limits;
  }

  /** Reads at most {@link MailLimits#maxMessageBytes()} from the stream; does not close it. */
  public ParsedMail read(InputStream in) throws IOException {
    byte[] raw = in.readNBytes(limits.maxMessageBytes());
    List<String> warnings = new ArrayList<>();
    if (raw.length == limits.maxMessageBytes() && in.read() != -1) {
      warnings.add("message longer than " + limits.maxMessageBytes() + " bytes, the rest ignored");
    }
    return parse(raw, warnings);
  }

  /** Parses a message already in memory (at most {@link MailLimits#maxMessageBytes()} read). */
  public ParsedMail read(byte[] raw) {
    List<String> warnings = new ArrayList<>();
    byte[] bytes = raw;
    if (raw.length > limits.maxMessageBytes()) {
      bytes = java.util.Arrays.copyOf(raw, limits.maxMessageBytes());
      warnings.add("message longer than " + limits.maxMessageBytes() + " bytes, the rest ignored");
    }
    return parse(bytes, warnings);
  }

  private ParsedMail parse(byte[] raw, List<String> warnings) {
    byte[] bytes = HeaderSanitizer.sanitize(raw, raw.length, limits, warnings);
    MimeMessage msg;
    try {
      // A shared stream lets body parts point into this array instead of copying it.
      msg = new MimeMessage(session, new SharedByteArrayInputStream(bytes));
    } catch (MessagingException | RuntimeException e) {
      // Jakarta Mail's own bugs on hostile headers surface as runtime exceptions: same answer.
      warnings.add("unreadable message structure: " + e.getClass().getSimpleName());
      return new ParsedMail("", "", List.of(), "", "", List.of(), List.of(), "", null, "",
          warnings);
    }
    Body body = new Body(warnings);
    body.part(msg, 0);
    String text = body.finish();

    List<String> ids = ids(header(msg, "Message-ID"));
    String messageId = ids.isEmpty() ? clean(header(msg, "Message-ID")).strip() : ids.get(0);
    List<String> inReplyTo = ids(header(msg, "In-Reply-To"));
    Address fromAddr = firstAddress(msg, "From", warnings);
    return new ParsedMail(
        messageId,
        inReplyTo.isEmpty() ? "" : inReplyTo.get(0),
        ids(header(msg, "References")),
        fromAddr == null ? decodeText(header(msg, "From")) : display(fromAddr),
        fromAddr instanceof InternetAddress ia && ia.getAddress() != null ? ia.getAddress() : "",
        addresses(msg, "To", warnings),
        addresses(msg, "Cc", warnings),
        decodeText(header(msg, "Subject")),
        date(msg),
        text,
        warnings);
  }

  // ---- headers ----

  private static String header(MimeMessage msg, String name) {
    try {
      String v = msg.getHeader(name, " ");
      return v == null ? "" : v;
    } catch (MessagingException e) {
      return "";
    }
  }

  private static List<String> ids(String header) {
    List<String> out = new ArrayList<>();
    Matcher m = MESSAGE_ID.matcher(header);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Decodes RFC 2047 words; a broken or unknown-charset word stays as it was. */
  static String decodeText(String raw) {
    String unfolded = raw.replaceAll("\\r?\\n[ \\t]*", " ");
    String decoded;
    try {
      decoded = MimeUtility.decodeText(unfolded);
    } catch (IOException | RuntimeException e) {
      decoded = unfolded;
    }
    return clean(decoded).strip();
  }

  private static String clean(String s) {
    return s.indexOf('\0') >= 0 ? s.replace("\0", "") : s;
  }

  private Address firstAddress(MimeMessage msg, String name, List<String> warnings) {
    List<InternetAddress> all = parseAddresses(header(msg, name), name, warnings);
    return all.isEmpty() ? null : all.get(0);
  }

  private List<String> addresses(MimeMessage msg, String name, List<String> warnings) {
    List<String> out = new ArrayList<>();
    for (InternetAddress a : parseAddresses(header(msg, name), name, warnings)) {
      out.add(display(a));
    }
    return out;
  }

  private static List<InternetAddress> parseAddresses(String raw, String name,
      List<String> warnings) {
    if (raw.isBlank()) {
      return List.of();
    }
    try {
      return List.of(InternetAddress.parseHeader(raw, false));
    } catch (MessagingException | RuntimeException e) {
      warnings.add("unreadable " + name + " header");
      return List.of();
    }
  }

  private static String display(Address a) {
    if (!(a instanceof InternetAddress ia)) {
      return clean(a.toString());
    }
    String addr = ia.getAddress() == null ? "" : clean(ia.getAddress());
    String personal = ia.getPersonal();
    if (personal == null || personal.isBlank()) {
      return addr;
    }
    // getPersonal() decodes RFC 2047 already; a second pass catches words it left alone.
    return decodeText(personal) + " <" + addr + ">";
  }

  private static Instant date(MimeMessage msg) {
    try {
      Date d = msg.getSentDate();
      return d == null ? null : d.toInstant();
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  // ---- body ----

  /** Collects the readable text of a MIME tree within the limits. */
  private final class Body {
    private final StringBuilder text = new StringBuilder();
    private final List<String> warnings;
    private boolean truncated;
    private boolean depthWarned;
    private int parts;

    Body(List<String> warnings) {
      this.warnings = warnings;
    }

    void part(MimePart part, int depth) {
      if (truncated) {
        return;
      }
      if (++parts > limits.maxParts()) {
        if (parts == limits.maxParts() + 1) {
          warnings.add("more than " + limits.maxParts() + " MIME parts, the rest skipped");
        }
        return;
      }
      ContentType type = contentType(part);
      String primary = type.getPrimaryType().toLowerCase(Locale.ROOT);
      String sub = type.getSubType().toLowerCase(Locale.ROOT);
      if (primary.equals("multipart")) {
        multipart(part, sub, depth);
        return;
      }
      if (isAttachment(part) || !primary.equals("text")) {
        return; // never decoded: attachments, images, forwarded message/rfc822 parts
      }
      if (sub.equals("html")) {
        append(HtmlToText.convert(decodeText(part, type)));
      } else if (sub.equals("plain")) {
        String plain = decodeText(part, type);
        if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
          plain = FormatFlowed.unflow(plain, "yes".equalsIgnoreCase(type.getParameter("delsp")));
        }
        append(plain);
      }
      // text/calendar, text/x-vcard and the like are data, not prose.
    }

    private void multipart(MimePart part, String sub, int depth) {
      if (depth >= limits.maxDepth()) {
        if (!depthWarned) {
          warnings.add("MIME nesting deeper than " + limits.maxDepth() + ", inner parts skipped");
          depthWarned = true;
        }
        return;
      }
      MimeMultipart mp;
      int count;
      try {
        mp = new MimeMultipart(new MimePartDataSource(part));
        count = mp.getCount();
      } catch (MessagingException | RuntimeException e) {
        warnings.add("unreadable multipart/" + sub + " skipped");
        return;
      }
      if (sub.equals("alternative")) {
        List<MimePart> ranked = rankAlternatives(mp, count);
        for (MimePart p : ranked) {
          int before = text.length();
          part(p, depth + 1);
          if (text.length() > before || truncated) {
            return; // the first alternative that says anything wins
          }
        }
        return;
      }
      for (int i = 0; i < count && !truncated; i++) {
        try {
          BodyPart bp = mp.getBodyPart(i);
          if (bp instanceof MimePart child) {
            part(child, depth + 1);
          }
        } catch (MessagingException | RuntimeException e) {
          warnings.add("unreadable MIME part skipped");
        }
      }
    }

    /** text/plain first, then HTML, then nested multiparts (e.g. related holding HTML). */
    private List<MimePart> rankAlternatives(MimeMultipart mp, int count) {
      List<MimePart> plain = new ArrayList<>();
      List<MimePart> html = new ArrayList<>();
      List<MimePart> nested = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        try {
          if (!(mp.getBodyPart(i) instanceof MimePart p) || isAttachment(p)) {
            continue;
          }
          ContentType t = contentType(p);
          String base = t.getBaseType().toLowerCase(Locale.ROOT);
          if (base.equals("text/plain") && hasContent(p)) {
            plain.add(p);
          } else if (base.equals("text/html")) {
            html.add(p);
          } else if (t.getPrimaryType().equalsIgnoreCase("multipart")) {
            nested.add(p);
          }
        } catch (MessagingException | RuntimeException e) {
          warnings.add("unreadable alternative part skipped");
        }
      }
      List<MimePart> ranked = new ArrayList<>(plain);
      ranked.addAll(html);
      ranked.addAll(nested);
      return ranked;
    }

    private boolean hasContent(MimePart p) {
      try {
        return p.getSize() != 0;
      } catch (MessagingException e) {
        return true;
      }
    }

    private String decodeText(MimePart part, ContentType type) {
      java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(4096);
      try (InputStream in = decoded(part)) {
        byte[] chunk = new byte[8192];
        int room = limits.maxPartBytes();
        int n;
        while (room > 0 && (n = in.read(chunk, 0, Math.min(chunk.length, room))) != -1) {
          buf.write(chunk, 0, n);
          room -= n;
        }
        if (room == 0 && in.read() != -1) {
          warnings.add("text part longer than " + limits.maxPartBytes() + " bytes, cut");
        }
      } catch (IOException | MessagingException | RuntimeException e) {
        // Keep what decoded before the damage (a broken base64 tail, a bad QP escape).
        warnings.add("text part damaged, kept what decoded: " + e.getClass().getSimpleName());
      }
      byte[] bytes = buf.toByteArray();
      String charset = type.getParameter("charset");
      if (charset == null && type.getSubType().equalsIgnoreCase("html")) {
        charset = metaCharset(bytes); // HTML without a MIME charset often names it inside
      }
      return CharsetDecoding.decode(bytes, bytes.length, charset, warnings);
    }

    /** Decodes the transfer encoding ourselves, so an unknown one falls back to raw bytes. */
    private InputStream decoded(MimePart part) throws MessagingException, IOException {
      InputStream raw = rawStream(part);
      String enc = encoding(part);
      if (enc == null) {
        return raw;
      }
      switch (enc) {
        case "base64":
          try (InputStream in = raw) {
            int encodedLimit = limits.maxPartBytes() / 3 * 4 + 4096;
            return new java.io.ByteArrayInputStream(LenientBase64.decode(in, encodedLimit));
          }
        case "quoted-printable", "uuencode", "x-uuencode", "x-uue":
          return MimeUtility.decode(raw, enc);
        case "7bit", "8bit", "binary":
          return raw;
        default:
          warnings.add("unknown transfer encoding read as raw bytes");
          return raw;
      }
    }

    private void append(String s) {
      String t = s.replace("\r\n", "\n").replace('\r', '\n');
      t = clean(t).strip();
      if (t.isEmpty()) {
        return;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int room = limits.maxTextChars() - text.length();
      if (t.length() > room) {
        int cut = Math.max(0, room);
        if (cut > 0 && Character.isHighSurrogate(t.charAt(cut - 1))) {
          cut--; // never split a surrogate pair
        }
        text.append(t, 0, cut);
        warnings.add("text longer than " + limits.maxTextChars() + " chars, cut");
        truncated = true;
        return;
      }
      text.append(t);
    }

    String finish() {
      return text.length() == 0 || truncated ? text.toString() : text.append('\n').toString();
    }
  }

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([\\w.:+-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  private static String metaCharset(byte[] html) {
    String head = new String(html, 0, Math.min(html.length, 4096),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static InputStream rawStream(MimePart part) throws MessagingException, IOException {
    if (part instanceof MimeBodyPart b) {
      return b.getRawInputStream();
    }
    if (part instanceof MimeMessage m) {
      return m.getRawInputStream();
    }
    return part.getInputStream();
  }

  private static String encoding(MimePart part) {
    try {
      String e = part.getEncoding();
      return e == null ? null : e.strip().toLowerCase(Locale.ROOT);
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static boolean isAttachment(MimePart part) {
    try {
      String d = part.getDisposition();
      if (d != null && d.equalsIgnoreCase(Part.ATTACHMENT)) {
        return true;
      }
      // A text part with a file name is a file (a .txt or .html attachment), not the body.
      return d == null && part.getFileName() != null;
    } catch (MessagingException | RuntimeException e) {
      return false;
    }
  }

  private static ContentType contentType(MimePart part) {
    String raw;
    try {
      raw = part.getContentType();
    } catch (MessagingException e) {
      raw = null;
    }
    if (raw != null) {
      try {
        return new ContentType(raw);
      } catch (ParseException | RuntimeException e) {
        // Keep what we can: "text/html; charset=utf-8; junk" still says text/html.
        Matcher m = Pattern.compile("^\\s*([\\w.+-]+)/([\\w.+-]+)").matcher(raw);
        if (m.find()) {
          ContentType ct = new ContentType(m.group(1), m.group(2), null);
          Matcher cs = Pattern.compile("charset\\s*=\\s*\"?([\\w.:+-]+)", Pattern.CASE_INSENSITIVE)
              .matcher(raw);
          if (cs.find()) {
            ct.setParameter("charset", cs.group(1));
          }
          return ct;
        }
      }
    }
    return new ContentType("text", "plain", null);
  }
}
