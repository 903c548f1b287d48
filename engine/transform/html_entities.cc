#include "transform/html_entities.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <optional>

#include "base/utf8.h"

namespace folio::transform {

namespace {

struct Entity {
  std::string_view name;
  char32_t code_point;
};

constexpr Entity kEntities[] = {
#include "transform/html_entity_names.inc"
};

// A page about HTML shows tags as text; one alone may be a stray script left in the text.
constexpr int kMinTagsShown = 2;

// A document is escaped throughout from this many references to letters outside ASCII on.
constexpr int kMinThroughout = 3;

// References of references ("&amp;amp;eacute;") are undone this many times at most.
constexpr int kMaxRounds = 3;

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// The character of the reference that starts at `text[at]` ("&…;"), and its length.
std::optional<std::pair<char32_t, std::size_t>> reference_at(std::string_view text, std::size_t at) {
  const std::size_t semicolon = text.find(';', at + 1);
  if (semicolon == std::string_view::npos || semicolon - at > 10 || semicolon == at + 1) return std::nullopt;
  const std::string_view body = text.substr(at + 1, semicolon - at - 1);
  const std::size_t length = semicolon - at + 1;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return std::nullopt;
    std::uint32_t value = 0;
    for (char c : digits) {
      const int d = c >= '0' && c <= '9' ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                  : -1;
      if (d < 0) return std::nullopt;
      value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    }
    // No controls, surrogates or values beyond Unicode: those references were never text.
    if (value < 0x20 || (value >= 0x7F && value <= 0x9F) || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
      return std::nullopt;
    }
    return std::pair{static_cast<char32_t>(value), length};
  }
  if (!std::all_of(body.begin(), body.end(), is_alnum)) return std::nullopt;
  const auto it = std::lower_bound(std::begin(kEntities), std::end(kEntities), body,
                                   [](const Entity& e, std::string_view name) { return e.name < name; });
  if (it == std::end(kEntities) || it->name != body) return std::nullopt;
  return std::pair{it->code_point, length};
}

}  // namespace

bool shows_markup(std::string_view document_text) {
  int tags = 0;
  for (std::size_t at = document_text.find('<'); at != std::string_view::npos; at = document_text.find('<', at + 1)) {
    const std::size_t close = document_text.find('>', at);
    if (close == std::string_view::npos) return false;
    const char next = at + 1 < document_text.size() ? document_text[at + 1] : ' ';
    const bool tag = (next == '/' || next == '!' || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'));
    if (tag && close - at < 200 && document_text.substr(at, close - at).find('\n') == std::string_view::npos &&
        ++tags >= kMinTagsShown) {
      return true;
    }
  }
  return false;
}

namespace {

// `text` with its references decoded (those `keep` accepts), as often as it was escaped, up to `rounds` times.
std::string decode_references(std::string_view text, const std::function<bool(char32_t)>& keep, ChangeLog& log,
                              int rounds = kMaxRounds) {
  std::string current(text);
  for (int round = 0; round < rounds && current.find('&') != std::string::npos; ++round) {
    std::string out;
    bool changed = false;
    for (std::size_t i = 0; i < current.size();) {
      const auto reference = current[i] == '&' ? reference_at(current, i) : std::nullopt;
      if (!reference || !keep(reference->first)) {
        out += current[i++];
        continue;
      }
      std::string to;
      base::append_utf8(to, reference->first);
      log.add(current.substr(i, reference->second), to);
      out += to;
      i += reference->second;
      changed = true;
    }
    current = std::move(out);
    if (!changed) break;
  }
  return current;
}

}  // namespace

std::string decode_character_references(std::string_view text) {
  ChangeLog ignored;
  return decode_references(text, [](char32_t) { return true; }, ignored, 1);
}

EntityContext entity_context(std::string_view document_text) {
  EntityContext context;
  ChangeLog log;
  const std::string decoded = decode_references(document_text, [](char32_t) { return true; }, log);
  for (std::size_t i = 0; i < decoded.size();) context.profile.add(base::next_code_point(decoded, i));
  ScriptProfile written;
  for (std::size_t i = 0; i < document_text.size();) written.add(base::next_code_point(document_text, i));
  const int referenced = context.profile.non_ascii_letters() - written.non_ascii_letters();
  context.throughout = referenced >= kMinThroughout && referenced >= written.non_ascii_letters();
  return context;
}

std::string repair_escaped_entities(std::string_view text, const EntityContext& context, ChangeLog& log) {
  return decode_references(
      text, [&](char32_t c) { return context.throughout || fits_document(c, context.profile); }, log);
}

}  // namespace folio::transform
