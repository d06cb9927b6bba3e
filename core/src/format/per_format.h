#pragma once
// A value derived from each statutory format model (chain rows, expanded relations), built once:
// the models are static, so what is derived from them is too.
#include <utility>
#include <vector>

#include "xxgk/format_model.h"

namespace xxgk {

template <class T>
class PerFormat {
 public:
  explicit PerFormat(T (*build)(const FormatModel&)) {
    for (const auto* f : all_formats()) values_.emplace_back(f, build(*f));
  }
  // The value of one of all_formats(); an empty value for any other model.
  const T& operator[](const FormatModel& model) const {
    for (const auto& entry : values_)
      if (entry.first == &model) return entry.second;
    static const T none{};
    return none;
  }

 private:
  std::vector<std::pair<const FormatModel*, T>> values_;
};

}  // namespace xxgk
