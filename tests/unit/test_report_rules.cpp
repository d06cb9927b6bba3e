// Report-level rules (issue 5): every rule fires on one small fixture and stays silent on another.
#include <doctest/doctest.h>

#include <algorithm>

#include "../fixtures/report/report_builder.h"
#include "xxgk/check.h"

using report_fixture::build;
using report_fixture::Params;

namespace {

std::vector<const xxgk::Finding*> with_rule(const xxgk::Result& r, const std::string& id) {
  std::vector<const xxgk::Finding*> out;
  for (const auto& f : r.findings)
    if (f.rule == id) out.push_back(&f);
  return out;
}
bool fires(const xxgk::Result& r, const std::string& id) { return !with_rule(r, id).empty(); }
bool has_family(const xxgk::Result& r, const std::string& prefix) {
  return std::any_of(r.findings.begin(), r.findings.end(),
                     [&](const xxgk::Finding& f) { return f.rule.rfind(prefix, 0) == 0; });
}
xxgk::Result run(const Params& p) { return xxgk::check(build(p)); }
Params p2019() {
  Params p;
  p.format = "2019";
  p.title = "某某市某某区人民政府2020年政府信息公开工作年度报告";
  p.date_line = "发布日期:2021-03-20";
  p.overview = "2020年,全区共收到政府信息公开申请10件,上年结转1件,办结9件,2件结转下年度继续办理。"
               "信息公开类行政复议1件,行政诉讼2件。";
  p.six = "无。";
  return p;
}

}  // namespace

TEST_CASE("report rules: the clean fixtures raise no report-level finding") {
  for (const Params& p : {Params{}, p2019()}) {
    auto r = run(p);
    for (const char* fam : {"meta.", "section.", "narrative.", "active.", "cross_year."}) {
      std::string found;
      for (const auto& f : r.findings)
        if (f.rule.rfind(fam, 0) == 0) found += f.rule + ": " + f.message + "\n";
      INFO(p.format, " ", found);
      CHECK_FALSE(has_family(r, fam));
    }
  }
}

TEST_CASE("meta.year_mismatch") {
  Params p;
  p.overview = "2020年,我区认真贯彻落实《条例》,全区共收到政府信息公开申请10件。";
  auto r = run(p);
  REQUIRE(fires(r, "meta.year_mismatch"));
  CHECK(with_rule(r, "meta.year_mismatch")[0]->message.find("2020") != std::string::npos);
  CHECK(with_rule(r, "meta.year_mismatch")[0]->span.valid());
  p = Params{};
  p.date_line = "发布日期:2021-12-20";  // published before the year covered ended
  CHECK(fires(run(p), "meta.year_mismatch"));
  CHECK_FALSE(fires(run(Params{}), "meta.year_mismatch"));
}

TEST_CASE("meta.deadline: department 31 January, government 31 March, silent without a date") {
  Params p;
  p.title = "某某县发展和改革局2021年政府信息公开工作年度报告";
  p.date_line = "发布日期:2022-02-08";
  auto late = run(p);
  REQUIRE(fires(late, "meta.deadline"));
  CHECK(with_rule(late, "meta.deadline")[0]->message.find("2022-01-31") != std::string::npos);
  p.date_line = "发布日期:2022-01-28";
  CHECK_FALSE(fires(run(p), "meta.deadline"));
  Params g;  // 人民政府: 31 March
  g.date_line = "发布日期:2022-03-30";
  CHECK_FALSE(fires(run(g), "meta.deadline"));
  g.date_line = "发布日期:2022-04-02";
  CHECK(fires(run(g), "meta.deadline"));
  g.date_line = "";
  CHECK_FALSE(fires(run(g), "meta.deadline"));
}

TEST_CASE("section.missing / section.order / section.renamed / section.duplicate_number") {
  Params p;
  p.headings[5] = "其他需要报告的事项";  // no numbering: 六 not found
  CHECK(fires(run(p), "section.missing"));
  CHECK_FALSE(fires(run(Params{}), "section.missing"));

  Params o;
  std::swap(o.headings[4], o.headings[5]);
  std::swap(o.five, o.six);
  CHECK(fires(run(o), "section.order"));
  CHECK_FALSE(fires(run(Params{}), "section.order"));

  Params n;
  n.headings[4] = "五、存在的主要问题及整改措施";
  auto rn = run(n);
  REQUIRE(fires(rn, "section.renamed"));
  CHECK(with_rule(rn, "section.renamed")[0]->message.find("整改措施") != std::string::npos);
  Params v;  // a known variant is not a rename
  v.headings[3] = "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况";
  CHECK_FALSE(fires(run(v), "section.renamed"));

  Params d;
  d.overview = "今年以来工作情况总结如下:\n一、重点工作开展情况\n(一)做好文件审核。全区共收到政府信息公开申请10件。";
  CHECK(fires(run(d), "section.duplicate_number"));
  CHECK_FALSE(fires(run(Params{}), "section.duplicate_number"));
}

TEST_CASE("section.empty") {
  Params p;
  p.six = "附件\n  • 某某区人民政府2021年政府信息公开工作年度报告.pdf\n  • 标签:";
  CHECK(fires(run(p), "section.empty"));
  p.six = "暂无其他需要报告的事项。";
  CHECK_FALSE(fires(run(p), "section.empty"));
}

TEST_CASE("section.fee_statement: 2021 format only") {
  Params p;
  p.six = "如需查阅下载,登录本区人民政府网站。";
  CHECK(fires(run(p), "section.fee_statement"));
  CHECK_FALSE(fires(run(Params{}), "section.fee_statement"));
  Params old = p2019();
  old.six = "如需查阅下载,登录本区人民政府网站。";
  CHECK_FALSE(fires(run(old), "section.fee_statement"));
}

TEST_CASE("section.improvements") {
  Params p;
  p.five = "本年度政务公开工作取得了一定成效。";
  CHECK(fires(run(p), "section.improvements"));
  CHECK_FALSE(fires(run(Params{}), "section.improvements"));
}

TEST_CASE("section.fee_notices: table 三 (六)2 > 0 while 六 reports no notice") {
  Params p;
  p.no_fee_paid = 2;
  p.overview = "2021年,全区共收到政府信息公开申请10件,上年结转1件,办结11件,2件结转下年度继续办理。"
               "信息公开类行政复议1件,行政诉讼2件。";
  p.new_received = 12;
  p.six = "2021年,无收取信息处理费情况。";
  auto r = run(p);
  REQUIRE(fires(r, "section.fee_notices"));
  CHECK(with_rule(r, "section.fee_notices")[0]->table == "requests");
  p.six = "本年度共发出收费通知2件,总金额0.02万元,实际收取0元。";
  CHECK_FALSE(fires(run(p), "section.fee_notices"));
}

TEST_CASE("narrative.received: quotes both numbers; a sub-unit's figure is only info") {
  Params p;
  p.overview = "2021年,全区共收到政府信息依申请公开68件,答复率为100%。";
  auto r = run(p);
  REQUIRE(fires(r, "narrative.received"));
  const auto& m = with_rule(r, "narrative.received")[0]->message;
  CHECK(m.find("68") != std::string::npos);
  CHECK(m.find("10") != std::string::npos);
  CHECK(with_rule(r, "narrative.received")[0]->cells.size() == 1);
  CHECK_FALSE(fires(run(Params{}), "narrative.received"));

  p.overview = "今年法规室共接到政府信息公开申请 32 件,办结 27 件。政府信息公开申请引发的行政复议 3 件。";
  auto s = run(p);
  CHECK_FALSE(fires(s, "narrative.received"));
  CHECK_FALSE(fires(s, "narrative.replies"));
  CHECK(fires(s, "narrative.scope"));
}

TEST_CASE("narrative.replies: 答复28件 but the outcomes listed and the table say 27") {
  Params p;
  p.new_received = 27;
  p.granted = 15;
  p.unable = 12;
  p.carried_forward = 1;
  p.overview = "2021年全市共收到政府信息公开申请27件,答复28件(上年结转1件),均在法定期限内予以答复。"
               "予以公开15件;因本机关不掌握等原因无法提供12件;不予处理0件。1件结转下年度。"
               "信息公开类行政复议1件,诉讼2件。";
  auto r = run(p);
  REQUIRE(fires(r, "narrative.replies"));
  CHECK(with_rule(r, "narrative.replies")[0]->message.find("28") != std::string::npos);
  CHECK(with_rule(r, "narrative.replies")[0]->message.find("27") != std::string::npos);
  CHECK_FALSE(fires(run(Params{}), "narrative.replies"));
}

TEST_CASE("narrative.outcomes") {
  Params p;
  p.overview = "2021年,全区共收到政府信息公开申请10件,予以公开6件,无法提供4件。";
  CHECK(fires(run(p), "narrative.outcomes"));
  p.overview = "2021年,全区共收到政府信息公开申请10件,予以公开5件,无法提供4件。";
  CHECK_FALSE(fires(run(p), "narrative.outcomes"));
}

TEST_CASE("narrative.carried_over") {
  Params p;
  p.overview = "2021年,全区共收到政府信息公开申请10件,上年结转3件,3件结转下年度继续办理。";
  auto r = run(p);
  CHECK(with_rule(r, "narrative.carried_over").size() == 2);
  CHECK_FALSE(fires(run(Params{}), "narrative.carried_over"));
}

TEST_CASE("narrative.review_litigation") {
  Params p;
  p.overview = "2021年,全区共收到政府信息公开申请10件。政府信息公开类行政复议4件,行政诉讼2起。";
  auto r = run(p);
  REQUIRE(with_rule(r, "narrative.review_litigation").size() == 1);
  CHECK(with_rule(r, "narrative.review_litigation")[0]->table == "review_litigation");
  CHECK_FALSE(fires(run(Params{}), "narrative.review_litigation"));
}

TEST_CASE("narrative.arithmetic: A件,其中B件,C件") {
  Params p;
  p.overview = "全区累计主动公开信息1000条,其中,法规文件53条,规范性文件3条,动态信息900条。全区共收到政府信息公开申请10件。";
  CHECK(fires(run(p), "narrative.arithmetic"));
  p.overview = "全区累计主动公开信息956条,其中:法规文件53条;规范性文件3条;动态信息900条。全区共收到政府信息公开申请10件。";
  CHECK_FALSE(fires(run(p), "narrative.arithmetic"));
  p.overview = "共收到申请10件,其中,区政府6件,其他单位4件;申请人为自然人的10件。";  // two breakdowns
  CHECK_FALSE(fires(run(p), "narrative.arithmetic"));
  // Later steps of the handling after 其中 are not shares of the whole.
  p.overview = "本年度共办理政府信息公开申请11件,其中新收10件,办结9件,2件结转下年度继续办理。";
  CHECK_FALSE(fires(run(p), "narrative.arithmetic"));
}

TEST_CASE("active.negative / active.public_total / active.units") {
  Params p;
  p.normative = {"5", "-1", "40"};
  auto r = run(p);
  CHECK(fires(r, "cell.negative"));
  CHECK_FALSE(fires(run(Params{}), "cell.negative"));
  CHECK_FALSE(fires(run(p2019()), "cell.negative"));  // 本年增/减 -2 is allowed

  Params q = p2019();
  q.normative = {"5", "6", "4"};
  CHECK(fires(run(q), "active.public_total"));
  CHECK_FALSE(fires(run(p2019()), "active.public_total"));

  Params u;
  u.normative = {"5", "1", "40.5"};
  CHECK(fires(run(u), "cell.non_integer"));
  CHECK_FALSE(fires(run(Params{}), "cell.non_integer"));
}

TEST_CASE("cross_year.carried_over / agency / year") {
  Params prev = p2019();
  prev.carried_forward = 1;
  Params now;  // 2021 report: previous must be 2020
  xxgk::Options o;
  o.previous = xxgk::text_document(build(prev));
  auto same = xxgk::check(build(now), o);  // now.carried_over == 1
  CHECK_FALSE(fires(same, "cross_year.carried_over"));
  CHECK_FALSE(fires(same, "cross_year.agency"));
  CHECK_FALSE(fires(same, "cross_year.year"));

  prev.carried_forward = 3;
  prev.granted = 3;  // keep last year's own balance: 10 + 1 = 3 + 4 + 3 + ... (balance not our concern)
  o.previous = xxgk::text_document(build(prev));
  auto diff = xxgk::check(build(now), o);
  REQUIRE(fires(diff, "cross_year.carried_over"));
  CHECK(with_rule(diff, "cross_year.carried_over")[0]->message.find("3") != std::string::npos);

  Params other = p2019();
  other.title = "某某县交通运输局2019年政府信息公开工作年度报告";
  other.overview = "2019年,全局共收到政府信息公开申请10件。";
  other.date_line = "发布日期:2020-01-20";
  o.previous = xxgk::text_document(build(other));
  auto wrong = xxgk::check(build(now), o);
  CHECK(fires(wrong, "cross_year.agency"));
  CHECK(fires(wrong, "cross_year.year"));
  CHECK_FALSE(fires(wrong, "cross_year.carried_over"));  // not compared across a gap
}

TEST_CASE("cross_year.previous_items (2019 format)") {
  Params prev = p2019();
  prev.title = "某某市某某区人民政府2019年政府信息公开工作年度报告";
  prev.overview = "2019年,全区共收到政府信息公开申请10件,上年结转1件,办结9件,2件结转下年度继续办理。信息公开类行政复议1件,行政诉讼2件。";
  prev.date_line = "发布日期:2020-03-20";
  Params now = p2019();
  now.carried_over = 2;
  now.new_received = 9;
  xxgk::Options o;
  o.previous = xxgk::text_document(build(prev));
  // the fixture's 行政许可 is 100 / -2 both years: 100 - 2 = 98 expected this year
  CHECK(fires(xxgk::check(build(now), o), "cross_year.previous_items"));
  CHECK_FALSE(fires(xxgk::check(build(now)), "cross_year.previous_items"));
}

TEST_CASE("rules are registered with their ids") {
  std::vector<std::string> ids;
  for (const auto& r : xxgk::rules()) ids.push_back(r.id);
  for (const char* id : {"meta.year_mismatch", "meta.deadline", "section.missing", "section.fee_notices",
                         "narrative.received", "narrative.scope", "cell.negative", "cross_year.carried_over"})
    CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
}
