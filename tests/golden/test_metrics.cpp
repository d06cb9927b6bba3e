// The indicators of every seed and dev report against values worked out here from the hand-read
// gold tables (*.expected.json), never from the checker's own output.
#include <doctest/doctest.h>

#include <cmath>
#include <optional>

#include "corpus.h"

namespace {

using nlohmann::json;
using Value = std::optional<double>;

// A gold cell in the 总计 column (index 6) of a table-三 row: a row that is null is absent (the
// indicator cannot be computed); a null cell of a present row is blank, which counts 0.
Value total_of(const json& requests, const std::string& row) {
  if (!requests.is_object() || !requests.contains(row) || requests[row].is_null()) return std::nullopt;
  const json& cell = requests[row][6];
  return cell.is_null() ? 0.0 : cell.get<double>();
}

Value review_of(const json& review, const std::string& group, const std::string& column) {
  if (!review.is_object() || !review.contains(group) || review[group].is_null()) return std::nullopt;
  const json& cell = review[group][column];
  return cell.is_null() ? 0.0 : cell.get<double>();
}

Value add(std::initializer_list<Value> values) {
  double sum = 0;
  for (const auto& v : values) {
    if (!v) return std::nullopt;
    sum += *v;
  }
  return sum;
}

// The gold rows whose key starts with prefix ("denied."), added.
Value group_total(const json& requests, const std::string& prefix) {
  if (!requests.is_object()) return std::nullopt;
  Value sum = 0.0;
  for (const auto& [key, row] : requests.items())
    if (key.rfind(prefix, 0) == 0) sum = add({sum, total_of(requests, key)});
  return sum;
}

struct Expected {
  Value numerator, denominator;
};

// metric key → (numerator, denominator) from the gold tables, by each indicator's definition
// (docs/metrics.md).
std::map<std::string, Expected> expected_metrics(const json& gold) {
  const json& q = gold["requests"];
  const json& r = gold["review_litigation"];
  auto corrected = [&](const char* g) { return review_of(r, g, "corrected"); };
  auto total = [&](const char* g) { return review_of(r, g, "total"); };
  return {
      {"substantive_disclosure_rate",
       {add({total_of(q, "granted"), total_of(q, "partially_granted")}), total_of(q, "total")}},
      {"denial_rate", {group_total(q, "denied."), total_of(q, "total")}},
      {"unable_rate", {group_total(q, "unable."), total_of(q, "total")}},
      {"carry_forward_rate",
       {total_of(q, "carried_forward"), add({total_of(q, "new_received"), total_of(q, "carried_over")})}},
      {"review_correction_rate", {corrected("review"), total("review")}},
      {"litigation_correction_rate",
       {add({corrected("litigation_direct"), corrected("litigation_after_review")}),
        add({total("litigation_direct"), total("litigation_after_review")})}},
      {"review_litigation_correction_rate",
       {add({corrected("review"), corrected("litigation_direct"), corrected("litigation_after_review")}),
        add({total("review"), total("litigation_direct"), total("litigation_after_review")})}},
  };
}

Value number(const json& j) { return j.is_null() ? Value() : Value(j.get<double>()); }

}  // namespace

TEST_CASE("metrics of every seed and dev report equal the ratios of their gold tables") {
  size_t reports = 0, zero_denominators = 0, computed = 0;
  for (const char* folder : {"seeds", "dev"}) {
    for (const auto& report : golden::corpus(folder)) {
      ++reports;
      const json metrics = golden::result_json(report.text)["metrics"];
      for (const auto& [key, want] : expected_metrics(report.gold)) {
        INFO(report.name << " " << key);
        const json& got = metrics[key];
        CHECK(number(got["numerator"]) == want.numerator);
        CHECK(number(got["denominator"]) == want.denominator);
        if (!want.numerator || !want.denominator || *want.denominator == 0) {
          CHECK(got["value"].is_null());
          zero_denominators += want.denominator && *want.denominator == 0;
        } else {
          REQUIRE(got["value"].is_number());
          CHECK(got["value"].get<double>() == doctest::Approx(*want.numerator / *want.denominator).epsilon(0.00005));
          ++computed;
        }
        // Without last year's report there is no previous value or change.
        CHECK(got["previous"].is_null());
        CHECK(got["change"].is_null());
      }
      CHECK(metrics["text_reuse"]["value"].is_null());
    }
  }
  CHECK(reports == 12);
  CHECK(computed > 50);
  // Reports without any 行政复议 or 诉讼 case have zero denominators: the rate is null, not 0.
  CHECK(zero_denominators >= 5);
}

TEST_CASE("metrics against last year: 平潭 2025 with 2024 gives last year's rates and the change") {
  const auto& now = golden::report("dev", "04_pingtan_2025");
  const auto& before = golden::report("dev", "03_pingtan_2024");
  xxgk::Options options;
  options.previous = xxgk::text_document(before.text);
  const json metrics = golden::result_json(now.text, options)["metrics"];
  const auto last = expected_metrics(before.gold);
  const auto current = expected_metrics(now.gold);
  for (const char* key : {"substantive_disclosure_rate", "denial_rate", "carry_forward_rate"}) {
    INFO(key);
    const double was = *last.at(key).numerator / *last.at(key).denominator;
    const double is = *current.at(key).numerator / *current.at(key).denominator;
    CHECK(metrics[key]["previous"].get<double>() == doctest::Approx(was).epsilon(0.00005));
    CHECK(metrics[key]["change"].get<double>() == doctest::Approx(is - was).epsilon(0.0002));
  }
  // The two years' narratives are written anew: a small share repeats, and no warning.
  const json& reuse = metrics["text_reuse"];
  REQUIRE(reuse["value"].is_number());
  CHECK(reuse["value"].get<double>() < 0.2);
  CHECK(reuse["denominator"].get<double>() > 500);
}
