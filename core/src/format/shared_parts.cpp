// What both statutory formats share (format.md §1.1, §3, §4, §5, §6.1): the sections, the
// columns and most rows of table 三, table 四, the relations. Labels are written as the
// statutory form prints them; matching normalises them like the report text.
#include "format/shared_parts.h"

namespace xxgk::format_parts {

std::vector<SectionSpec> sections() {
  return {
      {1, "总体情况", {"总体概况", "基本情况", "概述"}, {"总体", "概况", "概述"}, {}},
      {2, "主动公开政府信息情况",
       {"行政机关主动公开政府信息情况", "主动公开政府信息工作情况", "主动公开情况"}, {"主动公开"}, {}},
      {3, "收到和处理政府信息公开申请情况",
       {"收到和处理政府信息公开申请的情况", "依申请公开政府信息情况", "政府信息公开申请情况"}, {"申请"}, {}},
      {4, "政府信息公开行政复议、行政诉讼情况",
       {"因政府信息公开工作被申请行政复议和提起行政诉讼情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "政府信息公开行政复议及行政诉讼情况", "因政府信息公开申请提起行政复议、行政诉讼情况",
        "政府信息公开行政复议和行政诉讼情况"},
       {"复议", "诉讼"}, {}},
      {5, "存在的主要问题及改进情况",
       {"政府信息公开工作存在的主要问题及改进情况", "存在问题及改进情况", "存在的主要问题和改进情况",
        "存在的问题及改进情况"},
       {"问题", "改进", "整改"}, {}},
      {6, "其他需要报告的事项", {"其他需要报告事项", "其它需要报告的事项"}, {"其他", "其它", "需要报告"}, {}},
  };
}

std::vector<ColumnSpec> request_columns() {
  return {
      {"natural_person", "自然人", "", "件"},
      {"commercial", "商业企业", "", "件"},
      {"research", "科研机构", "", "件"},
      {"social_welfare", "社会公益组织", "", "件"},
      {"legal_services", "法律服务机构", "", "件"},
      {"other_org", "其他", "法人或其他组织·其他", "件"},
      {"total", "总计", "", "件"},
  };
}

RowSpec data_row(const char* key, const char* number, std::vector<std::string> labels, const char* parent,
                 bool result) {
  RowSpec r;
  r.key = key;
  r.number = number;
  r.labels = std::move(labels);
  r.parent = parent;
  r.result = result;
  return r;
}

RowSpec group_row(const char* key, const char* number, std::vector<std::string> labels, const char* parent) {
  RowSpec r = data_row(key, number, std::move(labels), parent, false);
  r.data = false;
  return r;
}

namespace {

constexpr const char* kResults = "group.results";

RowSpec result(const char* key, const char* number, std::vector<std::string> labels, const char* parent = kResults) {
  return data_row(key, number, std::move(labels), parent, true);
}

}  // namespace

std::vector<RowSpec> request_rows_head() {
  return {
      data_row("new_received", "一", {"本年新收政府信息公开申请数量", "本年新收政府信息公开申请", "本年新收申请数量"}, "", false),
      data_row("carried_over", "二", {"上年结转政府信息公开申请数量", "上年结转政府信息公开申请", "上年结转申请数量"}, "", false),
      group_row(kResults, "三", {"本年度办理结果"}, ""),
      result("granted", "(一)", {"予以公开"}),
      result("partially_granted", "(二)", {"部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"}),
      group_row("group.denied", "(三)", {"不予公开"}, kResults),
      result("denied.state_secret", "1", {"属于国家秘密"}, "group.denied"),
      result("denied.prohibited_by_law", "2", {"其他法律行政法规禁止公开", "其他法律、行政法规禁止公开"}, "group.denied"),
      result("denied.three_safeties_one_stability", "3", {"危及“三安全一稳定”"}, "group.denied"),
      result("denied.third_party_rights", "4", {"保护第三方合法权益"}, "group.denied"),
      result("denied.internal_affairs", "5", {"属于三类内部事务信息", "属于三类内容事务信息"}, "group.denied"),
      result("denied.process_information", "6", {"属于四类过程性信息"}, "group.denied"),
      result("denied.enforcement_case_file", "7", {"属于行政执法案卷"}, "group.denied"),
      result("denied.administrative_inquiry", "8", {"属于行政查询事项"}, "group.denied"),
      group_row("group.unable", "(四)", {"无法提供"}, kResults),
      result("unable.not_held", "1", {"本机关不掌握相关政府信息"}, "group.unable"),
      result("unable.needs_creation", "2", {"没有现成信息需要另行制作"}, "group.unable"),
      result("unable.unclear_after_correction", "3", {"补正后申请内容仍不明确"}, "group.unable"),
      group_row("group.not_processed", "(五)", {"不予处理"}, kResults),
      result("not_processed.complaint_petition", "1", {"信访举报投诉类申请"}, "group.not_processed"),
      result("not_processed.duplicate", "2", {"重复申请"}, "group.not_processed"),
      result("not_processed.publication", "3", {"要求提供公开出版物"}, "group.not_processed"),
      result("not_processed.excessive", "4", {"无正当理由大量反复申请"}, "group.not_processed"),
      result("not_processed.confirmation", "5", {"要求行政机关确认或重新出具已获取信息"}, "group.not_processed"),
  };
}

std::vector<RowSpec> request_rows_tail() {
  return {
      data_row("total", "(七)", {"总计"}, kResults, false),
      data_row("carried_forward", "四", {"结转下年度继续办理", "结转下年度"}, "", false),
  };
}

std::vector<ColumnSpec> review_columns() {
  return {{"upheld", "结果维持", "", "件"},
          {"corrected", "结果纠正", "", "件"},
          {"other", "其他结果", "", "件"},
          {"pending", "尚未审结", "", "件"},
          {"total", "总计", "", "件"}};
}

std::vector<ReviewGroupSpec> review_groups() {
  return {{"review", "行政复议", "行政复议"},
          {"litigation_direct", "未经复议直接起诉", "行政诉讼·未经复议直接起诉"},
          {"litigation_after_review", "复议后起诉", "行政诉讼·复议后起诉"}};
}

namespace {

constexpr const char* kApplicants = "申请人情况";
constexpr const char* kOrganisations = "法人或其他组织";
constexpr const char* kLitigation = "行政诉讼";
constexpr const char* kRequestsCorner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

// 申请人情况 over all columns; 自然人 and 总计 over two bands; 法人或其他组织 over the others.
HeaderBands request_header(const std::vector<ColumnSpec>& columns) {
  const int n = static_cast<int>(columns.size());
  HeaderBands bands(3);
  bands[0].push_back({kApplicants, n, 1, "", ""});
  bands[1].push_back({columns.front().label, 1, 2, "", columns.front().key});
  bands[1].push_back({kOrganisations, n - 2, 1, "", ""});
  bands[1].push_back({columns.back().label, 1, 2, "", columns.back().key});
  for (int c = 1; c + 1 < n; ++c) bands[2].push_back({columns[c].label, 1, 1, "", columns[c].key});
  return bands;
}

// 行政复议 over its group's columns (each over two bands), 行政诉讼 over the two litigation groups.
HeaderBands review_header(const std::vector<ReviewGroupSpec>& groups, const std::vector<ColumnSpec>& columns) {
  const int n = static_cast<int>(columns.size());
  HeaderBands bands(3);
  bands[0].push_back({groups.front().label, n, 1, "", ""});
  bands[0].push_back({kLitigation, n * static_cast<int>(groups.size() - 1), 1, "", ""});
  for (const auto& c : columns) bands[1].push_back({c.label, 1, 2, groups.front().key, c.key});
  for (size_t g = 1; g < groups.size(); ++g) {
    bands[1].push_back({groups[g].label, n, 1, "", ""});
    for (const auto& c : columns) bands[2].push_back({c.label, 1, 1, groups[g].key, c.key});
  }
  return bands;
}

void add_words(std::vector<std::string>& words, const HeaderBands& bands) {
  for (const auto& band : bands)
    for (const auto& cell : band) words.push_back(cell.label);
}

}  // namespace

std::vector<TableSpec> tables(const FormatModel& m) {
  std::vector<TableSpec> out(3);
  TableSpec& active = out[0];
  active.id = "active";
  active.section = 2;
  active.short_name = "表二";
  for (const auto& block : m.active) {
    active.header_words.push_back(block.label_header);
    for (const auto& c : block.columns) active.header_words.push_back(c.label);
  }
  TableSpec& requests = out[1];
  requests.id = "requests";
  requests.section = 3;
  requests.short_name = "表三";
  requests.header = request_header(m.request_columns);
  requests.corner = kRequestsCorner;
  requests.label_columns = 3;
  add_words(requests.header_words, requests.header);
  requests.header_words.push_back(requests.corner);
  TableSpec& review = out[2];
  review.id = "review_litigation";
  review.section = 4;
  review.short_name = "表四";
  review.header = review_header(m.review_groups, m.review_columns);
  add_words(review.header_words, review.header);
  for (auto& t : out) t.name = m.section(t.section)->title;
  return out;
}

std::vector<RelationSpec> relations(const std::vector<RowSpec>& rows) {
  std::vector<std::string> results;
  for (const auto& r : rows)
    if (r.data && r.result) results.push_back(r.key);
  using Scope = RelationSpec::Scope;
  using Op = RelationSpec::Op;
  return {
      {"requests.row_total", "requests", Scope::each_row, "",
       {"natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org"}, Op::equal,
       {"total"}, "六类申请人之和等于总计", "六类申请人之和", "总计"},
      {"requests.balance", "requests", Scope::each_column, "", {"new_received", "carried_over"}, Op::equal,
       {"total", "carried_forward"}, "第一项加第二项之和，等于第三项加第四项之和", "第一项加第二项之和",
       "第三项加第四项之和"},
      {"requests.results_total", "requests", Scope::each_column, "", results, Op::equal, {"total"},
       "（七）总计等于各项办理结果之和", "各项办理结果之和", "（七）总计"},
      {"review_litigation.group_total", "review_litigation", Scope::each_group, "",
       {"upheld", "corrected", "other", "pending"}, Op::equal, {"total"},
       "结果维持、结果纠正、其他结果、尚未审结之和等于总计", "结果维持、结果纠正、其他结果、尚未审结之和", "总计"},
  };
}

std::vector<CrossYearSpec> cross_year() {
  return {{"cross_year.carried_over", "requests", RelationSpec::Scope::each_column, "", {"carried_over"},
           {"carried_forward"}, "本年“上年结转”等于上一年度“结转下年度继续办理”", false}};
}

void complete(FormatModel& m, const std::vector<RowSpec>& other_rows) {
  m.sections = sections();
  m.request_columns = request_columns();
  m.request_subtotal = {"org_subtotal", "小计", "法人或其他组织·小计", "件"};
  m.request_rows = request_rows_head();
  m.request_rows.insert(m.request_rows.end(), other_rows.begin(), other_rows.end());
  for (auto& r : request_rows_tail()) m.request_rows.push_back(r);
  m.review_columns = review_columns();
  m.review_groups = review_groups();
  m.tables = tables(m);
  auto rel = relations(m.request_rows);
  m.relations.insert(m.relations.begin(), rel.begin(), rel.end());
  auto cy = cross_year();
  m.cross_year.insert(m.cross_year.begin(), cy.begin(), cy.end());
}

}  // namespace xxgk::format_parts
