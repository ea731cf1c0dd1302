package io.github.postman2java.overrides;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in a body of a request: {@code <operation> <role> <path>}, e.g. {@code
 * "Leads/Get Leads response $.data[*].status"}. The role is {@code request}, {@code response}
 * (the 2xx body) or {@code error} / {@code error[4xx]} / {@code error[5xx]} / {@code error[404]}
 * (the error body of that status class). The path is {@code $} followed by {@code .name},
 * {@code ["odd name"]}, {@code [*]} (array elements) and {@code .*} (map values).
 *
 * @param statusClass 4 or 5 for an error role with a status, 0 for any error body
 */
public record MemberAddress(OperationAddress operation, Role role, int statusClass,
    List<PathStep> path) {
  private static final Pattern FORM = Pattern.compile(
      "(.+) (request|response|error(?:\\[([45])(?:xx|XX|\\d\\d)])?) (\\$.*)");

  /** Which body of the operation. */
  public enum Role {
    REQUEST, RESPONSE, ERROR;

    /** Returns the role as written in addresses. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Creates an address. */
  public MemberAddress {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(role, "role");
    path = List.copyOf(path);
  }

  /** Thrown (and turned into a diagnostic by the reader) for an address that does not parse. */
  public static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxException(String message) {
      super(message);
    }
  }

  /** Parses {@code <operation> <role> <path>}. */
  public static MemberAddress parse(String text) throws SyntaxException {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new SyntaxException("expected \"<Folder/Request> <request|response|error[4xx]>"
          + " <$.json.path>\"");
    }
    OperationAddress op = OperationAddress.parse(m.group(1));
    if (op == null) {
      throw new SyntaxException("the request part of the address is empty");
    }
    String role = m.group(2);
    Role r = role.startsWith("error") ? Role.ERROR
        : role.equals("request") ? Role.REQUEST : Role.RESPONSE;
    int statusClass = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new MemberAddress(op, r, statusClass, parsePath(m.group(4)));
  }

  /** Parses a body path; {@code $} alone is the body itself. */
  public static List<PathStep> parsePath(String text) throws SyntaxException {
    List<PathStep> steps = new ArrayList<>();
    int i = 1;
    while (i < text.length()) {
      if (text.startsWith("[*]", i)) {
        steps.add(new PathStep.Items());
        i += 3;
      } else if (text.startsWith(".*", i)) {
        steps.add(new PathStep.MapValues());
        i += 2;
      } else if (text.startsWith("[\"", i) || text.startsWith("['", i)) {
        char quote = text.charAt(i + 1);
        StringBuilder name = new StringBuilder();
        int j = i + 2;
        while (j < text.length() && text.charAt(j) != quote) {
          if (text.charAt(j) == '\\' && j + 1 < text.length()) {
            j++;
          }
          name.append(text.charAt(j++));
        }
        if (j + 1 >= text.length() + 1 || !text.startsWith("]", j + 1)) {
          throw new SyntaxException("unterminated [\"...\"] in the path");
        }
        steps.add(new PathStep.Property(name.toString()));
        i = j + 2;
      } else if (text.charAt(i) == '.') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '.' && text.charAt(j) != '[') {
          j++;
        }
        if (j == i + 1) {
          throw new SyntaxException("empty property name in the path");
        }
        steps.add(new PathStep.Property(text.substring(i + 1, j)));
        i = j;
      } else {
        throw new SyntaxException("unexpected character at position " + (i + 1)
            + " of the path; use .name, [\"name\"], [*] or .*");
      }
    }
    return steps;
  }

  /** Renders an address in the form {@link #parse} reads. */
  public static String render(String operation, String role, List<PathStep> path) {
    return operation + " " + role + " " + PathStep.render(path);
  }

  /** Returns the role as written, e.g. {@code error[4xx]}. */
  public String roleLabel() {
    return role == Role.ERROR && statusClass > 0 ? "error[" + statusClass + "xx]" : role.label();
  }

  @Override
  public String toString() {
    return render(operation.toString(), roleLabel(), path);
  }
}
