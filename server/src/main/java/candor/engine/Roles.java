package candor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills in missing roles: a sender on the draft's own domain is the rep's side, anyone else the buyer's. */
final class Roles {
  private static final Pattern ADDRESS = Pattern.compile("[^\\s<>@]+@([^\\s<>@]+?)\\s*>?\\s*$");

  private Roles() {}

  static List<Role> infer(Draft draft, List<ThreadMessage> thread) {
    String repDomain = domain(draft.from());
    List<Role> roles = new ArrayList<>(thread.size());
    for (ThreadMessage m : thread) {
      if (m.role() != null) {
        roles.add(m.role());
      } else {
        String d = domain(m.from());
        roles.add(repDomain != null && repDomain.equals(d) ? Role.REP : Role.CUSTOMER);
      }
    }
    return roles;
  }

  static String domain(String from) {
    if (from == null) return null;
    Matcher m = ADDRESS.matcher(from.trim());
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
