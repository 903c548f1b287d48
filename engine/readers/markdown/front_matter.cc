#include "readers/markdown/front_matter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

#include "base/utf8.h"

namespace folio::readers {

namespace {

// The YAML text starts on the line after the opening `---`.
constexpr std::uint32_t kFirstYamlLine = 2;

/// One top-level `key: value` of the front matter, flattened to strings.
struct YamlEntry {
  std::string key;
  std::vector<std::string> values;
  std::uint32_t line = 0;  ///< 0-based line within the YAML text
};

struct YamlError {
  bool not_a_map = false;  ///< valid YAML, but a scalar or a list: Markdown that looked like front matter
  std::string message;
  std::uint32_t line = 0;    ///< 0-based line within the YAML text
  std::uint32_t column = 0;  ///< 0-based
};

// yaml-cpp 0.7 writes the escapes `\_` (U+00A0) and `\N` (U+0085) as single Latin-1 bytes, not
// UTF-8; a byte that cannot start a UTF-8 sequence is such a code point.
std::string utf8_scalar(const std::string& scalar) {
  std::string out;
  std::size_t i = 0;
  while (i < scalar.size()) {
    const std::size_t start = i;
    char32_t cp = base::next_code_point(scalar, i);
    if (cp == 0xFFFD && i - start == 1) cp = static_cast<unsigned char>(scalar[start]);
    base::append_utf8(out, cp);
  }
  return out;
}

std::string scalar_of_map(const YAML::Node& map) {
  std::string joined;
  for (const auto& kv : map) {
    if (!kv.second.IsScalar()) continue;
    if (!joined.empty()) joined += ", ";
    joined += utf8_scalar(kv.second.Scalar());
  }
  return joined;
}

std::vector<std::string> flatten(const YAML::Node& node) {
  std::vector<std::string> values;
  if (node.IsScalar()) {
    values.push_back(utf8_scalar(node.Scalar()));
  } else if (node.IsMap()) {
    values.push_back(scalar_of_map(node));
  } else if (node.IsSequence()) {
    for (const auto& item : node) {
      if (item.IsScalar()) values.push_back(utf8_scalar(item.Scalar()));
      if (item.IsMap()) values.push_back(scalar_of_map(item));
    }
  }
  return values;
}

// The yaml-cpp adapter: the only place its exceptions are caught.
std::variant<std::vector<YamlEntry>, YamlError> load_yaml_entries(const std::string& yaml) {
  try {
    const YAML::Node root = YAML::Load(yaml);
    std::vector<YamlEntry> entries;
    if (root.IsNull()) return entries;
    if (!root.IsMap()) return YamlError{true, "not key: value lines", 0, 0};
    for (const auto& kv : root) {
      if (!kv.first.IsScalar()) continue;
      const auto mark = kv.first.Mark();
      entries.push_back(YamlEntry{utf8_scalar(kv.first.Scalar()), flatten(kv.second),
                                  static_cast<std::uint32_t>(std::max(mark.line, 0))});
    }
    return entries;
  } catch (const YAML::Exception& e) {
    return YamlError{false, e.msg, static_cast<std::uint32_t>(std::max(e.mark.line, 0)),
                     static_cast<std::uint32_t>(std::max(e.mark.column, 0))};
  }
}

/// The line starting at `begin` without its "\n" and trailing blanks.
std::string_view line_at(std::string_view text, std::size_t begin, std::size_t& next) {
  std::size_t end = text.find('\n', begin);
  next = end == std::string_view::npos ? text.size() : end + 1;
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(begin, end - begin);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line;
}

bool digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// "2022-09-21", "2022-09-21T10:00:00Z", "2022-09-21 07:01:34-04:00" → "2022-09-21".
std::optional<std::string> iso_date(std::string_view value) {
  value = base::trim_ascii(value);
  if (value.size() < 10 || value[4] != '-' || value[7] != '-') return std::nullopt;
  if (!digits(value.substr(0, 4)) || !digits(value.substr(5, 2)) || !digits(value.substr(8, 2))) return std::nullopt;
  if (value.size() > 10 && value[10] != 'T' && value[10] != 't' && value[10] != ' ') return std::nullopt;
  const int month = std::stoi(std::string(value.substr(5, 2)));
  const int day = std::stoi(std::string(value.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return std::string(value.substr(0, 10));
}

std::string joined(const std::vector<std::string>& values, std::string_view separator) {
  std::string out;
  for (const auto& v : values) {
    const std::string_view t = base::trim_ascii(v);
    if (t.empty()) continue;
    if (!out.empty()) out += separator;
    out += t;
  }
  return out;
}

std::vector<std::string> listed(const std::vector<std::string>& values, bool split_commas) {
  std::vector<std::string> out;
  for (const auto& v : values) {
    std::string_view rest = v;
    while (true) {
      const std::size_t comma = split_commas ? rest.find(',') : std::string_view::npos;
      const std::string_view item = base::trim_ascii(rest.substr(0, comma));
      if (!item.empty()) out.emplace_back(item);
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  }
  return out;
}

class MetadataMapper {
 public:
  MetadataMapper(const base::SourceText& source, FrontMatter& front, base::Diagnostics& warnings)
      : source_(source), front_(front), warnings_(warnings) {}

  void map(const std::vector<YamlEntry>& entries) {
    model::Metadata& m = front_.metadata;
    std::optional<YamlEntry> published;
    for (const auto& e : entries) {
      const std::string key = base::lower_ascii(e.key);
      if (key == "title") {
        m.title = joined(e.values, " ");
        front_.title_line = kFirstYamlLine + e.line;
      } else if (key == "subtitle") {
        m.subtitle = joined(e.values, " ");
      } else if (key == "date") {
        m.date = date_of(e);
      } else if (key == "published_time") {
        published = e;
      } else if (key == "place") {
        m.place = joined(e.values, " ");
      } else if (key == "lang" || key == "language") {
        m.language = joined(e.values, " ");
      } else if (key == "organization" || key == "organisation" || key == "publisher") {
        m.organization = joined(e.values, "; ");
      } else if (key == "author" || key == "authors") {
        m.authors = listed(e.values, false);
      } else if (key == "contact" || key == "contacts") {
        m.contacts = listed(e.values, false);
      } else if (key == "summary" || key == "description") {
        m.summary = joined(e.values, " ");
      } else if (key == "keywords" || key == "tags") {
        m.keywords = listed(e.values, true);
      } else if (key == "source" || key == "source_url") {
        m.source = joined(e.values, " ");
      } else if (key == "rights") {
        m.rights = joined(e.values, " ");
      }
    }
    if (m.date.empty() && published) m.date = date_of(*published);
  }

 private:
  std::string date_of(const YamlEntry& e) {
    const std::string value = joined(e.values, " ");
    if (auto date = iso_date(value)) return *date;
    warnings_.push_back(base::make_warning(
        "markdown.date-unrecognised", source_.line_span(kFirstYamlLine + e.line),
        "front matter " + e.key + " \"" + value + "\" is not an ISO 8601 date; ignored",
        "write the date as YYYY-MM-DD"));
    return {};
  }

  const base::SourceText& source_;
  FrontMatter& front_;
  base::Diagnostics& warnings_;
};

}  // namespace

base::Warned<FrontMatter> read_front_matter(const base::SourceText& source) {
  base::Warned<FrontMatter> result;
  const std::string_view text = source.text();
  std::size_t next = 0;
  if (line_at(text, 0, next) != "---") return result;

  const std::size_t yaml_begin = next;
  std::uint32_t line = kFirstYamlLine;
  std::size_t pos = yaml_begin;
  while (pos < text.size()) {
    const std::size_t line_begin = pos;
    const std::string_view current = line_at(text, pos, next);
    if (current == "---" || current == "...") {
      FrontMatter& front = result.value;
      front.body_offset = static_cast<std::uint32_t>(next);
      front.body_line = line + 1;
      const std::string yaml(text.substr(yaml_begin, line_begin - yaml_begin));
      if (yaml.size() > kMaxFrontMatterBytes) {
        result.warnings.push_back(base::make_warning(
            "markdown.front-matter-too-large", source.line_span(1),
            "front matter is larger than " + std::to_string(kMaxFrontMatterBytes >> 10) + " KiB; ignored"));
        return result;
      }
      auto loaded = load_yaml_entries(yaml);
      if (auto* error = std::get_if<YamlError>(&loaded); error != nullptr && error->not_a_map) {
        // `---`, a line of text, `---` is also a rule and a setext heading: keep the text.
        result.value = FrontMatter{};
        result.warnings.push_back(base::make_warning("markdown.front-matter-invalid", source.line_span(1),
                                                     "the block between the --- lines is not key: value lines; "
                                                     "read as Markdown"));
        return result;
      }
      if (auto* error = std::get_if<YamlError>(&loaded)) {
        const std::uint32_t error_line = kFirstYamlLine + error->line;
        base::Span span = source.line_span(std::min(error_line, line));
        if (error_line < line) span.column = error->column + 1;
        result.warnings.push_back(base::make_warning("markdown.front-matter-invalid", span,
                                                     "front matter is not valid YAML (" + error->message +
                                                         "); its metadata is ignored"));
        return result;
      }
      MetadataMapper(source, front, result.warnings).map(std::get<std::vector<YamlEntry>>(loaded));
      return result;
    }
    pos = next;
    ++line;
  }
  result.warnings.push_back(base::make_warning("markdown.front-matter-unterminated", source.line_span(1),
                                               "front matter opened with --- is never closed; read as Markdown",
                                               "close the front matter with a line of ---"));
  return result;
}

}  // namespace folio::readers
