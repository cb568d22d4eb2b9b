/* The C door's own behaviour: versions, error paths (NULL pointers, invalid UTF-8, truncated
 * JSON, unknown op, bad configuration), buffers, and 8 threads sharing one engine with results
 * identical to a single thread's. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhengwu.h"
#include "zhengwu.h" /* a second include must be harmless (include guard) */

#include "check.h"

static zw_status call(const zw_engine *e, const char *op, const char *in, char *res, size_t cap) {
  zw_buf out = {0};
  zw_status st = zw_engine_call(e, op, in, in ? strlen(in) : 0, &out);
  if (res) {
    snprintf(res, cap, "%.*s", (int)out.len, out.ptr ? (const char *)out.ptr : "");
  }
  zw_buf_free(&out);
  return st;
}

#define THREADS 8
#define ROUNDS 2000
static zw_engine *shared;
static char expected[ROUNDS][128];

static void input_for(int i, char *buf, size_t cap) {
  snprintf(buf, cap, "{\"date\":\"2024-%02d-%02d\",\"days\":%d}", 1 + i % 12, 1 + i % 28, (i % 121) - 60);
}

static void *worker(void *arg) {
  (void)arg;
  long bad = 0;
  for (int i = 0; i < ROUNDS; i++) {
    char in[96], got[128];
    input_for(i, in, sizeof in);
    call(shared, "calendar.add_workdays", in, got, sizeof got);
    if (strcmp(got, expected[i]) != 0) bad++;
  }
  return (void *)bad;
}

int main(void) {
  char res[1024];
  CHECK(strcmp(zw_version(), "0.1.0") == 0);
  CHECK(zw_abi_version() == ZW_ABI_VERSION);

  zw_engine *e = NULL;
  CHECK(zw_engine_new(NULL, 0, &e) == ZW_STATUS_OK && e != NULL);

  /* Success, and the output buffer is NUL-terminated. */
  zw_buf out = {0};
  const char *in = "{\"date\":\"2024-09-30\",\"days\":1}";
  CHECK(zw_engine_call(e, "calendar.add_workdays", in, strlen(in), &out) == ZW_STATUS_OK);
  CHECK(out.ptr != NULL && out.ptr[out.len] == '\0');
  CHECK(strcmp((const char *)out.ptr, "{\"date\":\"2024-10-08\"}") == 0);
  zw_buf_free(&out);
  CHECK(out.ptr == NULL && out.len == 0);
  zw_buf_free(&out); /* double free of a released buffer is harmless */
  zw_buf_free(NULL);

  /* NULL pointers. */
  CHECK(zw_engine_call(NULL, "meta.version", "{}", 2, &out) == ZW_STATUS_NULL_ARGUMENT);
  CHECK(strstr((const char *)out.ptr, "input.null_argument") != NULL);
  zw_buf_free(&out);
  CHECK(zw_engine_call(e, NULL, "{}", 2, &out) == ZW_STATUS_NULL_ARGUMENT);
  zw_buf_free(&out);
  CHECK(zw_engine_call(e, "meta.version", "{}", 2, NULL) == ZW_STATUS_NULL_ARGUMENT);
  CHECK(zw_engine_call(e, "meta.version", NULL, 5, &out) == ZW_STATUS_NULL_ARGUMENT);
  zw_buf_free(&out);
  CHECK(zw_engine_call(e, "meta.version", NULL, 0, &out) == ZW_STATUS_OK); /* NULL, 0 reads as {} */
  zw_buf_free(&out);
  CHECK(zw_engine_new(NULL, 0, NULL) == ZW_STATUS_NULL_ARGUMENT);

  /* The last error is kept per thread. */
  zw_buf last = {0};
  CHECK(zw_last_error(&last) == ZW_STATUS_OK && last.ptr && strstr((const char *)last.ptr, "null_argument"));
  zw_buf_free(&last);
  CHECK(zw_last_error(NULL) == ZW_STATUS_NULL_ARGUMENT);

  /* Invalid UTF-8 in the input and in the op name. */
  const char bad_utf8[] = {'{', '"', 'd', '"', ':', '"', (char)0xC3, (char)0x28, '"', '}'};
  CHECK(zw_engine_call(e, "calendar.day", bad_utf8, sizeof bad_utf8, &out) == ZW_STATUS_INVALID_UTF8);
  zw_buf_free(&out);
  CHECK(call(e, "calendar.\xff", "{}", NULL, 0) == ZW_STATUS_INVALID_UTF8);

  /* Truncated JSON, unknown op, a length shorter than the text. */
  CHECK(call(e, "calendar.day", "{\"date\": \"2024-0", res, sizeof res) == ZW_STATUS_INPUT);
  CHECK(strstr(res, "input.invalid_json") != NULL);
  CHECK(call(e, "no.such.op", "{}", res, sizeof res) == ZW_STATUS_UNKNOWN_OP);
  CHECK(strstr(res, "op.unknown") != NULL);
  const char *longer = "{\"date\":\"2024-02-10\"}GARBAGE";
  CHECK(zw_engine_call(e, "calendar.day", longer, 21, &out) == ZW_STATUS_OK);
  zw_buf_free(&out);
  CHECK(call(e, "calendar.day", "{\"date\":\"2031-01-01\"}", res, sizeof res) == ZW_STATUS_CALENDAR);
  CHECK(strstr(res, "\"path\":\"date\"") != NULL);

  /* Resident IDs never appear unmasked in errors. */
  CHECK(call(e, "calendar.add_workdays", "{\"date\":\"2024-01-02\",\"days\":\"11010519491231002X\"}", res, sizeof res) == ZW_STATUS_INPUT);
  CHECK(strstr(res, "11010519491231002X") == NULL && strstr(res, "110105********002X") != NULL);

  /* Configuration: a bad one is refused with a path, a good one changes the profile. */
  zw_engine *e2 = NULL;
  const char *bad_cfg = "{\"policy\":{\"profile\":\"tianjin-2018\",\"overrides\":{\"materials_period\":\"soon\"}}}";
  CHECK(zw_engine_new(bad_cfg, strlen(bad_cfg), &e2) == ZW_STATUS_CONFIG && e2 == NULL);
  CHECK(zw_last_error(&last) == ZW_STATUS_OK && strstr((const char *)last.ptr, "policy.overrides.materials_period"));
  zw_buf_free(&last);
  const char *cfg = "{\"policy\":\"baodi-2018\"}";
  CHECK(zw_engine_new(cfg, strlen(cfg), &e2) == ZW_STATUS_OK);
  CHECK(call(e2, "meta.version", "{}", res, sizeof res) == ZW_STATUS_OK && strstr(res, "baodi-2018"));
  zw_engine_free(e2);
  zw_engine_free(NULL);

  CHECK(strcmp(zw_status_name(ZW_STATUS_PANIC), "ZW_STATUS_PANIC") == 0);
  CHECK(strcmp(zw_status_name(12345), "ZW_STATUS_UNKNOWN") == 0);

  /* Eight threads share one engine; every answer equals the single-threaded one. */
  shared = e;
  for (int i = 0; i < ROUNDS; i++) {
    char in2[96];
    input_for(i, in2, sizeof in2);
    call(e, "calendar.add_workdays", in2, expected[i], sizeof expected[i]);
  }
  pthread_t t[THREADS];
  for (int i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, worker, NULL);
  long mismatches = 0;
  for (int i = 0; i < THREADS; i++) {
    void *r;
    pthread_join(t[i], &r);
    mismatches += (long)r;
  }
  CHECK(mismatches == 0);
  zw_engine_free(e);

  return check_summary();
}
