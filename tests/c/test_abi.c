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
#define CASES 4096
static zw_engine *shared;
static long rounds = 2000; /* per thread; argv[1] raises it (the stress run: 100000) */
static char expected[CASES][512];
static const char *ops[4] = {"calendar.add_workdays", "calendar.workdays_between", "calendar.day", "id.resident"};

/* Mixed operations: working-day arithmetic, day kinds and identifier checks (valid or not). */
static const char *input_for(int i, char *buf, size_t cap) {
  switch (i % 4) {
  case 0: snprintf(buf, cap, "{\"date\":\"2024-%02d-%02d\",\"days\":%d}", 1 + i % 12, 1 + i % 28, (i % 121) - 60); break;
  case 1: snprintf(buf, cap, "{\"from\":\"2023-%02d-%02d\",\"to\":\"2025-%02d-%02d\"}", 1 + i % 12, 1 + i % 28, 1 + (i / 7) % 12, 1 + i % 27); break;
  case 2: snprintf(buf, cap, "{\"date\":\"20%02d-%02d-%02d\"}", 17 + i % 12, 1 + i % 12, 1 + i % 31); break;
  default: snprintf(buf, cap, "{\"id\":\"110105194912%02d%03d%c\"}", 1 + i % 31, i % 1000, "0123456789X"[i % 11]); break;
  }
  return ops[i % 4];
}

static void *worker(void *arg) {
  long k = (long)arg, bad = 0;
  for (long r = 0; r < rounds; r++) {
    int i = (int)((r * 7 + k * 13) % CASES);
    char in[128], got[512];
    const char *op = input_for(i, in, sizeof in);
    call(shared, op, in, got, sizeof got);
    if (strcmp(got, expected[i]) != 0) bad++;
  }
  return (void *)bad;
}

int main(int argc, char **argv) {
  if (argc > 1) rounds = atol(argv[1]);
  char res[4096];
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

  /* Next year's notice loaded from a file the day it is published (tests run from the repository
   * root); an incomplete year is refused; the projection is marked provisional. */
  const char *today = "{\"start\":\"2026-11-30\",\"period\":{\"workdays\":60}}";
  CHECK(call(e, "calendar.deadline", today, res, sizeof res) == ZW_STATUS_CALENDAR);
  const char *files = "{\"calendar_files\":[\"tests/fixtures/calendar-2027.holiday-cn.json\"]}";
  CHECK(zw_engine_new(files, strlen(files), &e2) == ZW_STATUS_OK);
  CHECK(call(e2, "calendar.deadline", today, res, sizeof res) == ZW_STATUS_OK);
  /* holiday-cn's file names the notice's address, not its title: cited as the host's data. */
  CHECK(strstr(res, "\"due\":\"2027-03-01\"") && strstr(res, "host-calendar") && !strstr(res, "provisional"));
  zw_engine_free(e2);
  const char *partial = "{\"calendar_years\":[{\"year\":2027,\"days_off\":[],\"workdays\":[]}]}";
  CHECK(zw_engine_new(partial, strlen(partial), &e2) == ZW_STATUS_CALENDAR && e2 == NULL);
  CHECK(zw_last_error(&last) == ZW_STATUS_OK && strstr((const char *)last.ptr, "calendar.incomplete_year"));
  zw_buf_free(&last);
  const char *proj = "{\"calendar_projection\":\"statutory\"}";
  CHECK(zw_engine_new(proj, strlen(proj), &e2) == ZW_STATUS_OK);
  CHECK(call(e2, "calendar.deadline", today, res, sizeof res) == ZW_STATUS_OK);
  CHECK(strstr(res, "\"due\":\"2027-02-25\"") && strstr(res, "\"provisional\":true"));
  zw_engine_free(e2);

  /* A held form answers as the JSON door does, without the form being sent again. */
  {
    zw_buf merged = {0}, held = {0}, door = {0}, stored = {0};
    const char *req = "{\"bundle\":\"enterprise-opening\"}";
    CHECK(zw_engine_call(e, "form.merge", req, strlen(req), &merged) == ZW_STATUS_OK);
    zw_form *f = NULL;
    CHECK(zw_form_from_json(e, (const char *)merged.ptr, merged.len, &f) == ZW_STATUS_OK && f);
    const char *values = "{\"uscc\":\"not a code\"}";
    CHECK(zw_form_validate(e, f, values, strlen(values), &held) == ZW_STATUS_OK);
    size_t n = merged.len + 64;
    char *in = malloc(n);
    CHECK(in != NULL);
    snprintf(in, n, "{\"form\":%s,\"values\":%s}", (const char *)merged.ptr, values);
    CHECK(zw_engine_call(e, "form.validate", in, strlen(in), &door) == ZW_STATUS_OK);
    CHECK(held.len == door.len && memcmp(held.ptr, door.ptr, held.len) == 0);
    zw_buf_free(&held);
    zw_buf_free(&door);
    CHECK(zw_form_split(e, f, values, strlen(values), &held) == ZW_STATUS_OK);
    CHECK(strstr((const char *)held.ptr, "\"packets\"") != NULL);
    zw_buf_free(&held);
    CHECK(zw_form_to_json(f, &stored) == ZW_STATUS_OK && stored.len == merged.len);
    CHECK(zw_form_validate(e, f, "[1]", 3, &held) == ZW_STATUS_INPUT);
    CHECK(strstr((const char *)held.ptr, "\"path\":\"values\"") != NULL);
    zw_buf_free(&held);
    zw_form *bad = NULL;
    CHECK(zw_form_from_json(e, "{\"order\":1}", 11, &bad) == ZW_STATUS_INPUT && bad == NULL);
    free(in);
    zw_buf_free(&stored);
    zw_buf_free(&merged);
    zw_form_free(f);
    zw_form_free(NULL);
  }

  CHECK(strcmp(zw_status_name(ZW_STATUS_PANIC), "ZW_STATUS_PANIC") == 0);
  CHECK(strcmp(zw_status_name(12345), "ZW_STATUS_UNKNOWN") == 0);

  /* A forced panic (fault_injection) returns ZW_STATUS_PANIC with internal.panic; the engine
   * answers afterwards. Without fault_injection the op does not exist. */
  const char *fault_cfg = "{\"fault_injection\":true}";
  zw_engine *ef = NULL;
  CHECK(zw_engine_new(fault_cfg, strlen(fault_cfg), &ef) == ZW_STATUS_OK);
  CHECK(call(ef, "fault.panic", "{}", res, sizeof res) == ZW_STATUS_PANIC);
  CHECK(strstr(res, "internal.panic") != NULL);
  CHECK(call(ef, "calendar.add_workdays", "{\"date\":\"2024-09-30\",\"days\":1}", res, sizeof res) == ZW_STATUS_OK);
  CHECK(strcmp(res, "{\"date\":\"2024-10-08\"}") == 0);
  zw_engine_free(ef);
  CHECK(call(e, "fault.panic", "{}", res, sizeof res) == ZW_STATUS_UNKNOWN_OP);

  /* Limits: nesting and size, as errors with their codes. */
  size_t deep_n = 200000;
  char *deep = malloc(2 * deep_n + 1);
  memset(deep, '[', deep_n);
  memset(deep + deep_n, ']', deep_n);
  deep[2 * deep_n] = '\0';
  CHECK(call(e, "calendar.day", deep, res, sizeof res) == ZW_STATUS_INPUT && strstr(res, "input.too_deep"));
  free(deep);
  const char *small_cfg = "{\"limits\":{\"max_input_bytes\":16}}";
  zw_engine *es = NULL;
  CHECK(zw_engine_new(small_cfg, strlen(small_cfg), &es) == ZW_STATUS_OK);
  CHECK(call(es, "calendar.day", "{\"date\":\"2024-01-02\"}", res, sizeof res) == ZW_STATUS_INPUT && strstr(res, "input.too_large"));
  zw_engine_free(es);

  /* Eight threads share one engine; every answer equals the single-threaded one. */
  shared = e;
  for (int i = 0; i < CASES; i++) {
    char in2[128];
    const char *op = input_for(i, in2, sizeof in2);
    call(e, op, in2, expected[i], sizeof expected[i]);
  }
  pthread_t t[THREADS];
  for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  long mismatches = 0;
  for (int i = 0; i < THREADS; i++) {
    void *r;
    pthread_join(t[i], &r);
    mismatches += (long)r;
  }
  CHECK(mismatches == 0);
  printf("%d threads x %ld mixed calls on one engine: %ld mismatches\n", THREADS, rounds, mismatches);
  zw_engine_free(e);

  return check_summary();
}
