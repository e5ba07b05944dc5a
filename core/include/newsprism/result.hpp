// Errors as values: the core is built without exceptions, so every fallible call returns a
// Result<T> that holds either a value or an Error naming what went wrong.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace newsprism {

/// Why a whole call failed. Problems inside one input are diagnostics in the report instead;
/// an ErrorCode means no report could be made at all.
enum class ErrorCode {
  /// One input is larger than Options::max_input_bytes.
  kInputTooLarge,
  /// All inputs together are larger than Options::max_total_bytes.
  kTotalTooLarge,
  /// More inputs than Options::max_inputs.
  kTooManyInputs,
  /// An option has a value outside its documented range.
  kInvalidOption,
};

/// The stable, machine-readable name of a code, e.g. "input_too_large".
const char* error_code_name(ErrorCode code);

/// A failed call: the code plus a message for people that names the limit or value at fault.
struct Error {
  ErrorCode code;
  std::string message;
};

/// Either a T or an Error. Check ok() before value().
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}          // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}      // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  const T& value() const& { return *std::get_if<T>(&state_); }
  T& value() & { return *std::get_if<T>(&state_); }
  T&& value() && { return std::move(*std::get_if<T>(&state_)); }
  const Error& error() const { return *std::get_if<Error>(&state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace newsprism
