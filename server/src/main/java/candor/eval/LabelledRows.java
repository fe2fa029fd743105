package candor.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The team's labelled sentence files: {@code label <TAB> type-or-topic <TAB> sentence} a line, with
 * blank lines and '#' comments skipped and Windows line ends tolerated. A malformed row is an error
 * naming its line, never a row silently dropped.
 */
final class LabelledRows {
  private LabelledRows() {}

  /** The rows' three fields; {@code labels} are the first field's allowed values, {@code columns} how the error names the fields. */
  static List<String[]> read(Reader in, List<String> labels, String columns) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<String[]> out = new ArrayList<>();
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.replace("\r", "").split("\t", -1);
      if (f.length != 3 || f[2].isBlank()) throw new IOException("line " + n + ": expected " + columns + " separated by tabs");
      if (!labels.contains(f[0])) throw new IOException("line " + n + ": '" + f[0] + "' is not one of " + labels);
      out.add(f);
    }
    return out;
  }
}
