package io.zhengwu;

/**
 * The little JSON this jar reads itself: a string field of the library's own flat error objects
 * ({"code", "message", "path"}). Everything else is handed to the caller as JSON text, so the jar
 * needs no JSON library at run time (no Jackson to clash with a host's own).
 */
final class Json {
  private Json() {}

  /** The value of string field {@code name} of a flat JSON object, or null when absent or not a string. */
  static String stringField(String json, String name) {
    String key = "\"" + name + "\"";
    int i = 0;
    while ((i = json.indexOf(key, i)) >= 0) {
      int j = i + key.length();
      while (j < json.length() && Character.isWhitespace(json.charAt(j))) j++;
      if (j < json.length() && json.charAt(j) == ':') {
        j++;
        while (j < json.length() && Character.isWhitespace(json.charAt(j))) j++;
        return j < json.length() && json.charAt(j) == '"' ? string(json, j + 1) : null;
      }
      i = j;
    }
    return null;
  }

  private static String string(String s, int i) {
    StringBuilder out = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == '"') return out.toString();
      if (c != '\\' || i >= s.length()) {
        out.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n': out.append('\n'); break;
        case 't': out.append('\t'); break;
        case 'r': out.append('\r'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'u':
          if (i + 4 <= s.length()) {
            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          break;
        default: out.append(e);
      }
    }
    return out.toString();
  }
}
