package io.zhengwu;

/** Errors of {@code commitment.*}: commitment approval (告知承诺): a state or event the rules do not allow. */
public final class CommitmentException extends ZhengwuException {
  private static final long serialVersionUID = 1L;

  CommitmentException(int status, String code, String message, String path) {
    super(status, code, message, path);
  }
}
