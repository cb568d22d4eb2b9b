package io.zhengwu;

/** Errors of {@code credit.*}: credit records (信用): a record or subject the rules cannot judge. */
public final class CreditException extends ZhengwuException {
  private static final long serialVersionUID = 1L;

  CreditException(int status, String code, String message, String path) {
    super(status, code, message, path);
  }
}
