package candor.mail;

/**
 * Joins the soft line breaks of RFC 3676 format=flowed text (Apple Mail, Thunderbird).
 *
 * <p>Without this, a flowed paragraph arrives as many short lines and a quoted one as many
 * "&gt;" lines cut mid-sentence; the engine wants sentences whole.
 */
final class FormatFlowed {

  private FormatFlowed() {}

  static String unflow(String text, boolean delSp) {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    StringBuilder para = null;
    int paraDepth = 0;
    for (String raw : lines) {
      int depth = 0;
      while (depth < raw.length() && raw.charAt(depth) == '>') {
        depth++;
      }
      String body = raw.substring(depth);
      if (body.startsWith(" ")) {
        body = body.substring(1); // space-stuffing
      }
      boolean signature = body.equals("-- ");
      boolean soft = !signature && body.endsWith(" ");
      if (para != null && depth != paraDepth) {
        emit(out, paraDepth, para); // a quote depth change ends a paragraph (RFC 3676 4.5)
        para = null;
      }
      if (para == null) {
        para = new StringBuilder();
        paraDepth = depth;
      }
      para.append(soft && delSp ? body.substring(0, body.length() - 1) : body);
      if (!soft) {
        emit(out, paraDepth, para);
        para = null;
      }
    }
    if (para != null && para.length() > 0) {
      emit(out, paraDepth, para);
    }
    return out.toString();
  }

  private static void emit(StringBuilder out, int depth, CharSequence line) {
    if (depth > 0) {
      out.append(">".repeat(depth)).append(line.length() > 0 ? " " : "");
    }
    out.append(line).append('\n');
  }
}
