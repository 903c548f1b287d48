// Result<T> (a value or error diagnostics, spelled like std::expected) and Warned<T> (a value plus
// warnings): how engine functions report failure without exceptions crossing module boundaries.
#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "base/diagnostic.h"

namespace folio::base {

/// Wraps the errors of a failed Result so `Result<T> r = Unexpected{...}` reads clearly.
struct Unexpected {
  Diagnostics errors;
};

/// Either a value or at least one error diagnostic.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit like std::expected
  Result(Unexpected u) : state_(std::move(u.errors)) { assert(!std::get<1>(state_).empty()); }
  Result(Diagnostic error) : state_(Diagnostics{std::move(error)}) {}

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Diagnostics& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Diagnostics> state_;
};

/// A value that is always produced, plus what was noticed while producing it.
template <typename T>
struct Warned {
  T value;
  Diagnostics warnings;
};

}  // namespace folio::base
