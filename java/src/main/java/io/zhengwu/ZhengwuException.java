package io.zhengwu;

/**
 * An error from zhengwu: a stable dotted {@link #code()}, a {@link #path()} into the input. Each
 * area of codes has its subclass, as the Python package has its exception classes: {@link
 * InputException} ({@code input.*}, {@code op.*}, {@code explain.*}), {@link ConfigException},
 * {@link CalendarException}, {@link CatalogException}, {@link CommitmentException}, {@link
 * CreditException}, {@link FormException}, {@link CaseException} and {@link InternalException};
 * catch this class for all of them.
 */
public class ZhengwuException extends RuntimeException {
  private final String code;
  private final String path;
  private final int status;

  /** The subclass of an error's area: {@code calendar.out_of_range} is a CalendarException. */
  static ZhengwuException of(int status, String code, String message, String path) {
    String area = code.indexOf('.') < 0 ? code : code.substring(0, code.indexOf('.'));
    switch (area) {
      case "input":
      case "op":
      case "explain":
        return new InputException(status, code, message, path);
      case "config":
        return new ConfigException(status, code, message, path);
      case "calendar":
        return new CalendarException(status, code, message, path);
      case "catalog":
        return new CatalogException(status, code, message, path);
      case "commitment":
        return new CommitmentException(status, code, message, path);
      case "credit":
        return new CreditException(status, code, message, path);
      case "form":
        return new FormException(status, code, message, path);
      case "case":
        return new CaseException(status, code, message, path);
      case "internal":
        return new InternalException(status, code, message, path);
      default:
        return new ZhengwuException(status, code, message, path);
    }
  }

  ZhengwuException(int status, String code, String message, String path) {
    super(code + ": " + message + (path == null ? "" : " (at " + path + ")"));
    this.status = status;
    this.code = code;
    this.path = path;
  }

  /** The stable error code, e.g. {@code calendar.out_of_range}. */
  public String code() {
    return code;
  }

  /** Where in the input the fault lies, or null. */
  public String path() {
    return path;
  }

  /** The stable error code (JavaBeans style, for frameworks that read getters). */
  public String getCode() {
    return code;
  }

  /** The path into the input, or null (JavaBeans style). */
  public String getPath() {
    return path;
  }

  /** The C status (ZW_STATUS_*). */
  public int status() {
    return status;
  }
}
