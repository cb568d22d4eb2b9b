/* The small check harness shared by the C tests. */
#ifndef ZW_TEST_CHECK_H
#define ZW_TEST_CHECK_H
#include <stdio.h>

static int failures = 0, checks = 0;
#define CHECK(cond)                                                             \
  do {                                                                          \
    checks++;                                                                   \
    if (!(cond)) {                                                              \
      failures++;                                                               \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);  \
    }                                                                           \
  } while (0)

/* Prints the closing line and gives the exit status. */
static int check_summary(void) {
  printf("%d passed, %d failed\n", checks - failures, failures);
  return failures == 0 ? 0 : 1;
}
#endif
