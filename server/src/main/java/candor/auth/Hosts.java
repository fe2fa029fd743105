package candor.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** Which bind addresses are loopback: 127.0.0.0/8, ::1 and localhost (a name counts when all its addresses are). */
public final class Hosts {
  private Hosts() {}

  public static boolean isLoopback(String host) {
    if (host == null || host.isBlank()) return false; // no host binds every interface
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
    if (h.equals("localhost")) return true;
    try {
      InetAddress[] all = InetAddress.getAllByName(h);
      if (all.length == 0) return false;
      for (InetAddress a : all) if (!a.isLoopbackAddress()) return false;
      return true;
    } catch (UnknownHostException | SecurityException e) {
      return false;
    }
  }

  /** Why the server must not start with these settings, or null when it may. */
  public static String refusal(String host, String tokensFile) {
    if (tokensFile != null && !tokensFile.isBlank()) return null;
    if (isLoopback(host)) return null;
    return "Refusing to listen on " + (host == null || host.isBlank() ? "every interface" : host)
        + " without a tokens file: anyone who can reach it could read the team audit and use the API."
        + " Either bind a loopback address (--host 127.0.0.1), or turn on team mode with --tokens FILE"
        + " (tokensFile / CANDOR_TOKENS_FILE; create tokens with 'candor.jar token new')."
        + " Put TLS in front of a non-loopback address (see README, Team mode).";
  }
}
