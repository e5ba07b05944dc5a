/*
 * newsprism C API: embed the analyzer in any host that can call C.
 *
 * One call analyzes a set of inputs (np_analyze) or only extracts their articles (np_extract)
 * and returns a report handle; the handle owns the JSON until it is freed. The API never
 * aborts, never prints and never throws; a failed call returns a status code and a handle that
 * carries the message.
 *
 *   np_options options;
 *   np_options_init(&options);
 *   np_input input = {"paste 1", 7, text, text_length};
 *   np_report* report = NULL;
 *   if (np_analyze(&input, 1, &options, &report) == NP_OK) {
 *     size_t length;
 *     const char* json = np_report_json(report, &length);
 *     ...
 *   } else {
 *     fprintf(stderr, "%s\n", np_report_error_message(report));
 *   }
 *   np_report_free(report);
 */
#ifndef NEWSPRISM_NEWSPRISM_H_
#define NEWSPRISM_NEWSPRISM_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Result of np_analyze and np_extract. */
typedef enum np_status {
  NP_OK = 0,
  /** One input is larger than np_options.max_input_bytes. */
  NP_INPUT_TOO_LARGE = 1,
  /** All inputs together are larger than np_options.max_total_bytes. */
  NP_TOTAL_TOO_LARGE = 2,
  /** More inputs than np_options.max_inputs. */
  NP_TOO_MANY_INPUTS = 3,
  /** An option is out of range. */
  NP_INVALID_OPTION = 4,
  /** An argument is NULL where it may not be. */
  NP_INVALID_ARGUMENT = 5,
  /** Memory ran out. */
  NP_OUT_OF_MEMORY = 6
} np_status;

/** One input: a label for the report and the bytes (any bytes; need not be valid UTF-8). */
typedef struct np_input {
  const char* source;
  size_t source_length;
  const char* bytes;
  size_t length;
} np_input;

/**
 * Limits and output switches. Always start from np_options_init(). np_extract() uses only the
 * limits.
 */
typedef struct np_options {
  /** Largest single input in bytes (default 128 MiB, at most 1 GiB). */
  uint64_t max_input_bytes;
  /** Largest sum of all inputs in bytes (default 512 MiB). */
  uint64_t max_total_bytes;
  /** Most inputs in one call (default 100000). */
  uint32_t max_inputs;
  /** Non-zero: indent the JSON for people. */
  int pretty;
  /** Non-zero (the default): list every token in the report; zero leaves them out. */
  int tokens;
  /** Non-zero (the default): tag entities, link aliases and find quotes; zero skips it. */
  int entities;
} np_options;

/** The result of np_analyze() or np_extract(); free it with np_report_free(). */
typedef struct np_report np_report;

/** Fills `options` with the defaults. */
void np_options_init(np_options* options);

/**
 * Analyzes `count` inputs as one corpus. `options` may be NULL for the defaults. On return
 * `*report` is a new handle (NULL only when memory ran out or `report` itself is NULL): on
 * NP_OK it holds the JSON report, otherwise an error message.
 */
np_status np_analyze(const np_input* inputs, size_t count, const np_options* options,
                     np_report** report);

/**
 * Extracts `count` inputs without analyzing them: each article's metadata and body as plain
 * text, boilerplate left out (the library's extract()), at a fraction of np_analyze()'s cost.
 * Arguments, limits, statuses and handles are as for np_analyze(); of `options` only the three
 * limits count (pretty, tokens and entities are ignored). On NP_OK the handle holds one compact
 * JSON object, byte for byte what the package's extractToJson() returns for the same inputs:
 * {"articles": [...], "inputs": [...]}, each article the line `newsprism extract --json` prints
 * for it (source, format, title, published, modified, author, authors, site, url, language,
 * description, body, boilerplate_blocks, diagnostics), each input as in np_analyze()'s report.
 */
np_status np_extract(const np_input* inputs, size_t count, const np_options* options,
                     np_report** report);

/** The report as UTF-8 JSON (NUL-terminated), or NULL if the call failed. */
const char* np_report_json(const np_report* report, size_t* length);

/** The error message of a failed call (NUL-terminated), or NULL after NP_OK. */
const char* np_report_error_message(const np_report* report);

/** Frees a handle from np_analyze() or np_extract(). NULL is allowed. */
void np_report_free(np_report* report);

/** The library version, e.g. "0.1.0". */
const char* np_version(void);

#ifdef __cplusplus
}
#endif

#endif /* NEWSPRISM_NEWSPRISM_H_ */
