package candor.rules;

/** A rule pack that cannot be used. The message names the file and, where known, the rule. */
public final class PackException extends RuntimeException {
  private final String file;
  private final String ruleId;

  public PackException(String file, String ruleId, String problem) {
    super(file + (ruleId == null ? "" : " rule " + ruleId) + ": " + problem);
    this.file = file;
    this.ruleId = ruleId;
  }

  public String file() {
    return file;
  }

  public String ruleId() {
    return ruleId;
  }
}
