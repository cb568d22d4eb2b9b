/* Runs every conformance vector through the C door (zw_engine_call) and compares the output
 * with the expectation structurally (cJSON_Compare). Writes every raw output to a transcript
 * that the test script compares byte for byte with the other doors'.
 *
 * usage: run_vectors <transcript-out> <vectors-root> <file.json>...
 * Files are given relative to vectors-root so that transcript keys match the other doors. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhengwu.h"

static char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  if (!buf) { fclose(f); return NULL; }
  size_t got = fread(buf, 1, (size_t)n, f);
  buf[got] = '\0';
  fclose(f);
  return buf;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: %s <transcript> <vectors-root> <file.json>...\n", argv[0]);
    return 2;
  }
  FILE *transcript = fopen(argv[1], "wb");
  if (!transcript) { perror(argv[1]); return 2; }
  zw_engine *engine = NULL;
  if (zw_engine_new(NULL, 0, &engine) != ZW_STATUS_OK) {
    fprintf(stderr, "zw_engine_new failed\n");
    return 1;
  }
  int passed = 0, failed = 0;
  for (int a = 3; a < argc; a++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", argv[2], argv[a]);
    char *text = read_file(path);
    cJSON *vectors = text ? cJSON_Parse(text) : NULL;
    if (!cJSON_IsArray(vectors)) {
      fprintf(stderr, "%s: not a JSON array\n", path);
      free(text);
      return 1;
    }
    int index = 0;
    const cJSON *v;
    cJSON_ArrayForEach(v, vectors) {
      const char *name = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(v, "name"));
      const char *op = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(v, "op"));
      const cJSON *raw = cJSON_GetObjectItemCaseSensitive(v, "input_raw");
      char *input;
      if (cJSON_IsString(raw)) {
        input = strdup(raw->valuestring);
      } else {
        input = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(v, "input"));
      }
      zw_buf out = {0};
      zw_status st;
      const cJSON *config = cJSON_GetObjectItemCaseSensitive(v, "config");
      if (config) {
        char *cfg = cJSON_PrintUnformatted(config);
        zw_engine *own = NULL;
        st = zw_engine_new(cfg, strlen(cfg), &own);
        if (st == ZW_STATUS_OK) {
          st = zw_engine_call(own, op, input, strlen(input), &out);
        } else {
          zw_last_error(&out);
        }
        zw_engine_free(own);
        cJSON_free(cfg);
      } else {
        st = zw_engine_call(engine, op, input, strlen(input), &out);
      }
      fprintf(transcript, "%s#%d\t%s\t%.*s\n", argv[a], index, st == ZW_STATUS_OK ? "ok" : "error",
              (int)out.len, out.ptr ? (const char *)out.ptr : "");
      cJSON *got = cJSON_ParseWithLength((const char *)out.ptr, out.len);
      const cJSON *expect = cJSON_GetObjectItemCaseSensitive(v, "expect");
      const cJSON *error = cJSON_GetObjectItemCaseSensitive(v, "error");
      const cJSON *path_expect = cJSON_GetObjectItemCaseSensitive(v, "path");
      int ok = 0;
      if (expect && st == ZW_STATUS_OK) {
        ok = cJSON_Compare(expect, got, 1);
      } else if (cJSON_IsString(error) && st != ZW_STATUS_OK) {
        const char *code = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(got, "code"));
        ok = code && strcmp(code, error->valuestring) == 0;
        if (ok && cJSON_IsString(path_expect)) {
          const char *p = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(got, "path"));
          ok = p && strcmp(p, path_expect->valuestring) == 0;
        }
      }
      if (ok) {
        passed++;
      } else {
        failed++;
        fprintf(stderr, "FAIL %s#%d %s\n  status %s\n  got %.*s\n", argv[a], index, name ? name : "?",
                zw_status_name(st), (int)out.len, out.ptr ? (const char *)out.ptr : "");
      }
      cJSON_Delete(got);
      zw_buf_free(&out);
      free(input);
      index++;
    }
    cJSON_Delete(vectors);
    free(text);
  }
  zw_engine_free(engine);
  fclose(transcript);
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 && passed > 0 ? 0 : 1;
}
