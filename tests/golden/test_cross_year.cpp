// --previous on real reports: the same agency's consecutive years (平潭 2024 → 2025).
#include <doctest/doctest.h>

#include "corpus.h"

namespace {

const golden::Report& dev(const std::string& prefix) { return golden::report("dev", prefix); }

size_t count(const nlohmann::json& result, const std::string& rule) {
  size_t n = 0;
  for (const auto& f : result["findings"]) n += f["rule"] == rule ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("cross_year.carried_over: silent when 上年结转 equals last year's 结转下年度, fires when not") {
  xxgk::Options options;
  options.previous = xxgk::text_document(dev("03_pingtan_2024").text);
  const auto agree = golden::result_json(dev("04_pingtan_2025").text, options);
  CHECK(count(agree, "cross_year.carried_over") == 0);
  CHECK(count(agree, "cross_year.year") == 0);
  CHECK(count(agree, "cross_year.agency") == 0);

  std::string changed = dev("04_pingtan_2025").text;
  const std::string row = "二、上年结转政府信息公开申请数量0000000";
  REQUIRE(changed.find(row) != std::string::npos);
  changed.replace(changed.find(row), row.size(), "二、上年结转政府信息公开申请数量1000001");
  const auto differ = golden::result_json(changed, options);
  CHECK(count(differ, "cross_year.carried_over") == 2);  // 自然人 and 总计 columns
}

TEST_CASE("cross_year.year: a previous report that is not the year before is not compared") {
  xxgk::Options options;
  options.previous = xxgk::text_document(dev("02_pingtan_2021").text);
  const auto result = golden::result_json(dev("04_pingtan_2025").text, options);
  CHECK(count(result, "cross_year.year") == 1);
  CHECK(count(result, "cross_year.carried_over") == 0);
}
