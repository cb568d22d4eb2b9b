package io.zhengwu;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON this jar reads and writes itself: objects as {@code LinkedHashMap<String, Object>},
 * arrays as {@code List<Object>}, whole numbers as {@code Long}, others as {@code BigDecimal},
 * text, {@code Boolean} and {@code null}. The typed classes are built on it, so the jar needs no
 * JSON library at run time (no Jackson to clash with a host's own). It reads only what the
 * library wrote, and still refuses nesting deeper than {@link #MAX_DEPTH} rather than overflow the
 * stack.
 */
final class Json {
  static final int MAX_DEPTH = 256;

  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  /** Parses one JSON value. */
  static Object parse(String text) {
    Json p = new Json(text);
    Object v = p.value(0);
    p.ws();
    if (p.i != text.length()) {
      throw p.fail("trailing text");
    }
    return v;
  }

  /** The value of string field {@code name} of a JSON object, or null when absent or not text. */
  static String stringField(String json, String name) {
    try {
      Object v = parse(json);
      if (v instanceof Map) {
        Object f = ((Map<?, ?>) v).get(name);
        return f instanceof String ? (String) f : null;
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  private IllegalArgumentException fail(String what) {
    return new IllegalArgumentException("JSON from libzhengwu: " + what + " at " + i);
  }

  private void ws() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
      i++;
    }
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) throw fail("nesting too deep");
    ws();
    if (i >= s.length()) throw fail("unexpected end");
    char c = s.charAt(i);
    switch (c) {
      case '{': return object(depth);
      case '[': return array(depth);
      case '"': return string();
      case 't': return word("true", Boolean.TRUE);
      case 'f': return word("false", Boolean.FALSE);
      case 'n': return word("null", null);
      default: return number();
    }
  }

  private Object word(String w, Object v) {
    if (!s.startsWith(w, i)) throw fail("unexpected character");
    i += w.length();
    return v;
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> out = new LinkedHashMap<>();
    i++;
    ws();
    if (i < s.length() && s.charAt(i) == '}') {
      i++;
      return out;
    }
    while (true) {
      ws();
      if (i >= s.length() || s.charAt(i) != '"') throw fail("expected a key");
      String k = string();
      ws();
      if (i >= s.length() || s.charAt(i) != ':') throw fail("expected ':'");
      i++;
      out.put(k, value(depth + 1));
      ws();
      if (i < s.length() && s.charAt(i) == ',') {
        i++;
      } else if (i < s.length() && s.charAt(i) == '}') {
        i++;
        return out;
      } else {
        throw fail("expected ',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> out = new ArrayList<>();
    i++;
    ws();
    if (i < s.length() && s.charAt(i) == ']') {
      i++;
      return out;
    }
    while (true) {
      out.add(value(depth + 1));
      ws();
      if (i < s.length() && s.charAt(i) == ',') {
        i++;
      } else if (i < s.length() && s.charAt(i) == ']') {
        i++;
        return out;
      } else {
        throw fail("expected ',' or ']'");
      }
    }
  }

  private String string() {
    i++;
    StringBuilder out = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == '"') return out.toString();
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i >= s.length()) break;
      char e = s.charAt(i++);
      switch (e) {
        case 'n': out.append('\n'); break;
        case 't': out.append('\t'); break;
        case 'r': out.append('\r'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'u':
          if (i + 4 > s.length()) throw fail("short \\u escape");
          out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
          break;
        default: out.append(e);
      }
    }
    throw fail("unterminated string");
  }

  private Object number() {
    int start = i;
    boolean whole = true;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        whole = false;
      } else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9'))) {
        break;
      }
      i++;
    }
    if (start == i) throw fail("unexpected character");
    String t = s.substring(start, i);
    if (whole && t.length() < 19) return Long.valueOf(t);
    return new BigDecimal(t);
  }

  /** Writes a value: maps, iterables, text, numbers, booleans, null, dates and wire enums. */
  static String write(Object v) {
    StringBuilder out = new StringBuilder();
    write(v, out, 0);
    return out.toString();
  }

  private static void write(Object v, StringBuilder out, int depth) {
    if (depth > MAX_DEPTH) throw new IllegalArgumentException("value nested deeper than " + MAX_DEPTH);
    if (v == null) {
      out.append("null");
    } else if (v instanceof String) {
      quote((String) v, out);
    } else if (v instanceof Boolean || v instanceof Long || v instanceof Integer || v instanceof Short
        || v instanceof Byte || v instanceof BigDecimal || v instanceof java.math.BigInteger) {
      out.append(v);
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalArgumentException("not a JSON number: " + d);
      out.append(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
    } else if (v instanceof LocalDate) {
      quote(v.toString(), out);
    } else if (v instanceof WireEnum) {
      quote(((WireEnum) v).wire(), out);
    } else if (v instanceof JsonWritable) {
      write(((JsonWritable) v).toMap(), out, depth);
    } else if (v instanceof Map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!first) out.append(',');
        first = false;
        quote(String.valueOf(e.getKey()), out);
        out.append(':');
        write(e.getValue(), out, depth + 1);
      }
      out.append('}');
    } else if (v instanceof Iterable) {
      out.append('[');
      boolean first = true;
      for (Object o : (Iterable<?>) v) {
        if (!first) out.append(',');
        first = false;
        write(o, out, depth + 1);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " as JSON");
    }
  }

  private static void quote(String t, StringBuilder out) {
    out.append('"');
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
