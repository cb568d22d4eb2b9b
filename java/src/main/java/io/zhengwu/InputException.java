package io.zhengwu;

/** Errors of {@code input.*, op.* and explain.*}: the request is malformed, names no operation, or gives back an answer that cannot be explained. */
public final class InputException extends ZhengwuException {
  private static final long serialVersionUID = 1L;

  InputException(int status, String code, String message, String path) {
    super(status, code, message, path);
  }
}
