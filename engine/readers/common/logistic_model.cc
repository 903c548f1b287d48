#include "readers/common/logistic_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace folio::readers {

namespace {

std::vector<std::string_view> cells_of(std::string_view line) {
  std::vector<std::string_view> cells;
  for (std::size_t at = 0;;) {
    const auto tab = line.find('\t', at);
    cells.push_back(line.substr(at, tab == std::string_view::npos ? std::string_view::npos : tab - at));
    if (tab == std::string_view::npos) return cells;
    at = tab + 1;
  }
}

}  // namespace

LogisticModel::LogisticModel(std::string_view text, std::span<const std::string_view> names,
                             std::string_view file_name)
    : mean_(names.size(), 0.0), scale_(names.size(), 1.0), weight_(names.size(), 0.0) {
  std::unordered_map<std::string_view, std::size_t> index;
  for (std::size_t i = 0; i < names.size(); ++i) index[names[i]] = i;
  std::vector<bool> seen(names.size(), false);
  const auto fail = [&](std::string_view why, std::string_view line) {
    throw std::logic_error(std::string(file_name) + ": " + std::string(why) + ": '" + std::string(line) + "'");
  };
  while (!text.empty()) {
    const auto nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (line.empty() || line.front() == '#') continue;
    const auto cells = cells_of(line);
    std::vector<double> numbers;
    for (std::size_t k = 1; k < cells.size(); ++k) {
      double v = 0;
      const auto [end, ec] = std::from_chars(cells[k].data(), cells[k].data() + cells[k].size(), v);
      if (ec != std::errc() || end != cells[k].data() + cells[k].size()) fail("not a number", line);
      numbers.push_back(v);
    }
    if (cells[0] == "bias" && numbers.size() == 1) {
      bias_ = numbers[0];
    } else if (cells[0] == "threshold" && numbers.size() == 1) {
      threshold_ = numbers[0];
    } else if (cells[0] == "near_threshold" && numbers.size() == 1) {
      near_threshold_ = numbers[0];
    } else if (const auto it = index.find(cells[0]); it != index.end() && numbers.size() == 3) {
      mean_[it->second] = numbers[0];
      scale_[it->second] = numbers[1] > 0 ? numbers[1] : 1.0;
      weight_[it->second] = numbers[2];
      seen[it->second] = true;
    } else {
      fail("unknown line", line);
    }
  }
  if (const auto missing = std::find(seen.begin(), seen.end(), false); missing != seen.end()) {
    fail("no weight for a feature", names[static_cast<std::size_t>(missing - seen.begin())]);
  }
}

double LogisticModel::probability(std::span<const float> row) const {
  double z = bias_;
  const std::size_t n = std::min(row.size(), weight_.size());
  for (std::size_t k = 0; k < n; ++k) z += weight_[k] * (row[k] - mean_[k]) / scale_[k];
  return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace folio::readers
