/* One worst input through the C door under a 2 GiB address-space cap: the call answers or
 * refuses with a structured error (no abort) within 2 s of the process's CPU time (so a busy
 * machine does not fail a correct build), and the same engine answers afterwards. OP `@config`
 * builds an engine from FILE as its configuration instead.
 * usage: worst OP FILE   (the inputs are written by tests/stress/worst.py --write DIR) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "zhengwu.h"

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: worst OP FILE\n");
    return 2;
  }
  const rlim_t cap = (rlim_t)2 << 30;
  struct rlimit lim = {cap, cap};
  if (setrlimit(RLIMIT_AS, &lim) != 0) return 2;
  FILE *f = fopen(argv[2], "rb");
  if (!f) return 2;
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc((size_t)size + 1);
  if (!text || fread(text, 1, (size_t)size, f) != (size_t)size) return 2;
  fclose(f);

  zw_engine *engine = NULL;
  if (zw_engine_new(NULL, 0, &engine) != ZW_STATUS_OK) return 2;
  zw_buf out = {0};
  double t = now();
  zw_status st;
  if (strcmp(argv[1], "@config") == 0) {
    zw_engine *made = NULL;
    st = zw_engine_new(text, (size_t)size, &made);
    if (st == ZW_STATUS_OK) {
      zw_engine_free(made);
    } else {
      zw_last_error(&out);
    }
  } else {
    st = zw_engine_call(engine, argv[1], text, (size_t)size, &out);
  }
  double elapsed = now() - t;
  free(text);
  if (st == ZW_STATUS_OK) {
    printf("answered (%zu bytes)", out.len);
  } else {
    /* the error is JSON with a code; print its first bytes */
    printf("refused %s: %.*s", zw_status_name(st), (int)(out.len < 80 ? out.len : 80), (const char *)out.ptr);
  }
  int structured = st == ZW_STATUS_OK || (out.len > 0 && strstr((const char *)out.ptr, "\"code\":\"") != NULL);
  zw_buf_free(&out);

  const char *probe = "{\"date\":\"2024-02-10\"}";
  st = zw_engine_call(engine, "calendar.day", probe, strlen(probe), &out);
  int after = st == ZW_STATUS_OK && out.len > 0 && strstr((const char *)out.ptr, "\"holiday\"") != NULL;
  zw_buf_free(&out);
  zw_engine_free(engine);
  printf(" in %.3f s%s\n", elapsed, after ? "" : "; the engine did not answer afterwards");
  return structured && after && elapsed <= 2.0 ? 0 : 1;
}
