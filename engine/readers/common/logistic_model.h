// A logistic regression over named features, read from a reviewed model file: the main-text
// classifiers of the text and HTML readers are such models, trained by scripts/main-text.
//
// The file is tab-separated text: comment lines start with '#'; "bias<TAB>b", "threshold<TAB>t"
// and "near_threshold<TAB>t" (optional, default 0.5); then one line per feature,
// "name<TAB>mean<TAB>scale<TAB>weight": the feature is standardised, (x - mean) / scale, before
// it is weighted. Every feature the reader computes must have a line, and no other may.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace folio::readers {

class LogisticModel {
 public:
  /// Parses `text` for the features `names` (in the order of the rows later scored). A malformed
  /// file is a build mistake, not bad input: it throws std::logic_error naming the line.
  LogisticModel(std::string_view text, std::span<const std::string_view> names, std::string_view file_name);

  /// The probability of the positive class for one row of features (names' order).
  double probability(std::span<const float> row) const;

  double threshold() const { return threshold_; }
  double near_threshold() const { return near_threshold_; }

 private:
  std::vector<double> mean_, scale_, weight_;
  double bias_ = 0, threshold_ = 0.5, near_threshold_ = 0.5;
};

}  // namespace folio::readers
