// Document-level metadata: what a release is, from whom, when and where.
#pragma once

#include <string>
#include <vector>

namespace folio::model {

struct Metadata {
  std::string title;
  std::string subtitle;
  std::string language;      ///< BCP 47
  std::string date;          ///< ISO 8601 (YYYY-MM-DD or full date-time)
  std::string place;
  std::string organization;
  std::vector<std::string> authors;
  std::vector<std::string> contacts;
  std::string source;        ///< URL or file the release came from
  std::string identifier;    ///< stable, derived from content (see assign_identifier)
  std::vector<std::string> keywords;
  std::string summary;
  std::string rights;
};

}  // namespace folio::model
