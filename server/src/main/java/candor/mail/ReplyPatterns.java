package candor.mail;

import java.util.regex.Pattern;

/**
 * The lines that mail clients write around history and signatures, in the languages our
 * customers' prospects write. Kept apart from the splitting logic so the list can grow alone.
 */
final class ReplyPatterns {

  private ReplyPatterns() {}

  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** "On ... wrote:" and its translations, on one (possibly rejoined) line. */
  static final Pattern ATTRIBUTION = Pattern.compile(
      "^\\s*(?:"
          + "On\\s.{4,300}?\\swrote\\s?:"
          + "|Am\\s.{4,300}?\\sschrieb\\s.{0,300}?:"
          + "|Le\\s.{4,300}?\\sa\\s[ée]crit\\s?:"
          + "|El\\s.{4,300}?\\sescribi[óo]\\s?:"
          + "|Op\\s.{4,300}?\\sschreef\\s.{0,300}?:"
          + "|Il\\s.{4,300}?\\sha\\sscritto\\s?:"
          + "|Em\\s.{4,300}?\\sescreveu\\s?:"
          + "|Den\\s.{4,300}?\\sskrev\\s.{0,300}?:"
          + ")\\s*$", CI);

  /** The start of a multi-line attribution: the first word of one of the above. */
  static final Pattern ATTRIBUTION_START =
      Pattern.compile("^\\s*(?:On|Am|Le|El|Op|Il|Em|Den)\\s", CI);

  /** "Dana Kim &lt;dana@x&gt; wrote:", only trusted when quoted lines follow. */
  static final Pattern LOOSE_ATTRIBUTION = Pattern.compile(
      "^\\s*\\S.{0,200}?\\s(?:wrote|writes|said|schrieb|a [ée]crit|escribi[óo]|schreef)\\s?:\\s*$",
      CI);

  /** The names forwarding clients put between dashes ("---------- Forwarded message ---------"). */
  private static final String FORWARDED_NAMES = "Forwarded message|Weitergeleitete Nachricht|Message transféré"
      + "|Mensaje reenviado|Doorgestuurd bericht";
  /** Apple Mail's forwarding line. */
  private static final String BEGIN_FORWARDED = "^\\s*(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht)\\s?:\\s*$";

  static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
      "^\\s*[-=_]{2,}\\s*(?:Original Message|Ursprüngliche Nachricht|Originalnachricht"
          + "|Message d'origine|Mensaje original|Oorspronkelijk bericht|Messaggio originale"
          + "|" + FORWARDED_NAMES + ")\\s*[-=_]{2,}\\s*$"
          + "|" + BEGIN_FORWARDED,
      CI);

  /** A forwarding client's marker line anywhere in a body (Gmail, Thunderbird, Outlook on the web, Apple Mail). */
  static final Pattern FORWARDED = Pattern.compile(
      "^\\s*[-=_]{2,}\\s*(?:" + FORWARDED_NAMES + ")\\s*[-=_]{2,}\\s*$|" + BEGIN_FORWARDED, CI | Pattern.MULTILINE);

  /** Outlook's rule above its header block. */
  static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{20,}\\s*$");

  static final Pattern HEADER_FROM = Pattern.compile(
      "^\\s*\\*?(?:From|Von|De|Van|Da|Fra|Från)\\s?:\\*?\\s*(.*)$", CI);
  static final Pattern HEADER_DATE = Pattern.compile(
      "^\\s*\\*?(?:Sent|Date|Gesendet|Datum|Envoyé|Date d'envoi|Enviado(?: el)?|Fecha"
          + "|Verzonden|Verstuurd|Inviato|Data|Sendt|Skickat)\\s?:\\*?\\s*(.*)$", CI);
  static final Pattern HEADER_TO = Pattern.compile(
      "^\\s*\\*?(?:To|An|À|A|Para|Aan|Til|Till)\\s?:\\*?\\s*(.*)$", CI);
  static final Pattern HEADER_CC = Pattern.compile("^\\s*\\*?(?:Cc|Kopie|CC)\\s?:\\*?\\s*(.*)$",
      CI);
  static final Pattern HEADER_SUBJECT = Pattern.compile(
      "^\\s*\\*?(?:Subject|Betreff|Objet|Asunto|Onderwerp|Oggetto|Emne|Ämne)\\s?:\\*?\\s*(.*)$",
      CI);

  /** "-- " is the standard delimiter; "--" is what editors leave of it. */
  static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^(?:-- ?|—|__)\\s*$");

  /**
   * A client's footer line. What may follow the device or app is bounded: "Sent from my phone. Quick
   * one - need to know if it scores calls in Welsh ..." on one line is a message, not a footer.
   */
  static final Pattern MOBILE_FOOTER = Pattern.compile(
      "^\\s*(?:"
          + "Sent from (?:my )?(?:iPhone|iPad|iPod|BlackBerry|Android|Samsung|Galaxy|Pixel"
          + "|mobile|phone|Huawei|Xiaomi|Windows Phone|smartphone)\\b.{0,60}"
          + "|Sent from (?:Yahoo Mail|Mail|Outlook|Gmail|ProtonMail|Proton Mail|Spark)\\b.{0,60}"
          + "|Sent with (?:Proton Mail|Spark)\\b.{0,60}"
          + "|Sent via .{1,60}"
          + "|Get Outlook for (?:iOS|Android|Mac)\\b.{0,60}"
          + "|Von meinem .{1,40} gesendet\\.?"
          + "|Gesendet von (?:meinem )?.{1,40}"
          + "|Envoyé de mon .{1,40}"
          + "|Enviado desde mi .{1,40}"
          + "|Verzonden (?:vanaf|met) .{1,40}"
          + "|Verstuurd vanaf mijn .{1,40}"
          + "|Inviato da .{1,40}"
          + ")\\s*$", CI);

  /** The legal boilerplate companies append below signatures. */
  static final Pattern DISCLAIMER = Pattern.compile(
      "^\\s*(?:(?-i:CONFIDENTIALITY NOTICE|DISCLAIMER|CONFIDENTIAL|IMPORTANT NOTICE|NOTICE)"
          + "(?=\\s*:)|This (?:e-?mail|message|communication)(?: and any (?:attachments|files)[^.]{0,40})?"
          + " (?:is|are|may contain|contains) (?:confidential|intended|privileged)"
          + "|The information (?:contained )?in this (?:e-?mail|message)"
          + "|Diese (?:E-Mail|Nachricht) (?:enthält|ist) vertraulich"
          + "|Ce (?:message|courriel|e-mail) (?:et ses pièces jointes )?(?:est|sont|peut)"
          + ")\\b.*$", CI);

  /** A closing phrase alone on its line, optionally with a comma, dash and the name. */
  static final Pattern SIGN_OFF = Pattern.compile(
      "^\\s*(?:"
          + "(?:(?:Best|Kind|Kindest|Warm|Warmest|Many|With|Sincere)\\s+){0,2}(?:regards|wishes)"
          + "|Best|All the best|All best|Cheers|Thanks|Thank you|Thanks so much|Many thanks"
          + "|Thanks again|Thanks in advance|Thx|TIA|Sincerely|Yours sincerely|Yours truly"
          + "|Yours|Respectfully|Talk soon|Speak soon|Take care|Have a great (?:day|weekend)"
          + "|Looking forward|Looking forward to hearing from you|Best wishes|Cordially"
          + "|Mit freundlichen Grüßen|Mit freundlichen Grüssen|Freundliche Grüße|Viele Grüße"
          + "|Beste Grüße|Liebe Grüße|Grüße|Gruß|LG|MfG|VG|Danke|Vielen Dank"
          + "|Cordialement|Bien cordialement|Bien à vous|Merci|Merci beaucoup|Bonne journée"
          + "|Saludos|Un saludo|Saludos cordiales|Atentamente|Gracias|Muchas gracias"
          + "|Met vriendelijke groet(?:en)?|Vriendelijke groet(?:en)?|Groeten|Groet|Bedankt"
          + "|Cordiali saluti|Saluti|Grazie"
          + ")\\s*(?:[,.!]*|(?:,|!|\\s[-–—])\\s*" + Patterns.NAME + ")\\s*$", CI);

  /** "-Dana" or "— Dana Kim": a dash sign-off. */
  static final Pattern DASH_NAME =
      Pattern.compile("^\\s*(?:--?|[–—~])\\s?" + Patterns.NAME + "\\s*$");

  /** "P.S.", "PS:", "P.P.S." opening a line: a postscript, the sender writing again after signing off. */
  static final Pattern POSTSCRIPT = Pattern.compile("^\\s*(?:p\\.?\\s?p\\.?\\s?s|p\\.?\\s?s)(?:[.:\\s-]|$)", CI);

  /** Mailman's footer: a rule, then "Xyz mailing list"; or a bare listinfo link. */
  static final Pattern LIST_FOOTER_RULE = Pattern.compile("^\\s*_{20,}\\s*$");
  static final Pattern LIST_FOOTER_NAME = Pattern.compile("^.{1,80} mailing list\\b.*$", CI);
  static final Pattern LIST_FOOTER_LINK =
      Pattern.compile("^\\s*https?://\\S+/(?:mailman/)?listinfo/\\S*\\s*$", CI);

  private static final class Patterns {
    /** One to four capitalised words: a person's name. */
    static final String NAME = "(?-i:\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*){0,3})";
  }
}
