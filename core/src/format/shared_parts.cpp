#include "format/shared_parts.h"

namespace xxgk::format_parts {

std::vector<SectionSpec> sections() {
  return {
      {1, "总体情况", {}},
      {2, "主动公开政府信息情况", {"行政机关主动公开政府信息情况", "主动公开情况"}},
      {3, "收到和处理政府信息公开申请情况", {"依申请公开政府信息情况", "收到和处理政府信息公开申请的情况"}},
      {4, "政府信息公开行政复议、行政诉讼情况",
       {"因政府信息公开工作被申请行政复议和提起行政诉讼情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "政府信息公开行政复议及行政诉讼情况", "政府信息公开行政复议和行政诉讼情况"}},
      {5, "存在的主要问题及改进情况", {"政府信息公开工作存在的主要问题及改进情况", "存在问题及改进情况", "存在的主要问题和改进情况"}},
      {6, "其他需要报告的事项", {"其他需要报告事项"}},
  };
}

std::vector<ColumnSpec> request_columns() {
  return {
      {"natural_person", "自然人"}, {"commercial", "商业企业"}, {"research", "科研机构"},
      {"social_welfare", "社会公益组织"}, {"legal_services", "法律服务机构"}, {"other_org", "其他"},
      {"total", "总计"},
  };
}

RowSpec data_row(const char* key, const char* number, std::vector<std::string> labels, bool result) {
  RowSpec r;
  r.key = key;
  r.number = number;
  r.labels = std::move(labels);
  r.result = result;
  return r;
}

RowSpec group_row(const char* key, const char* number, std::vector<std::string> labels) {
  RowSpec r = data_row(key, number, std::move(labels), false);
  r.data = false;
  return r;
}

void complete(FormatModel& m, const std::vector<RowSpec>& other_rows) {
  m.sections = sections();
  m.request_columns = request_columns();
  m.request_rows = request_rows_head();
  m.request_rows.insert(m.request_rows.end(), other_rows.begin(), other_rows.end());
  for (auto& r : request_rows_tail()) m.request_rows.push_back(r);
  m.review_columns = review_columns();
  m.review_groups = review_groups();
  m.relations = relations(m.request_rows);
}

namespace {
RowSpec data(const char* key, const char* number, std::vector<std::string> labels, bool result = true) {
  return data_row(key, number, std::move(labels), result);
}
RowSpec group(const char* key, const char* number, std::vector<std::string> labels) {
  return group_row(key, number, std::move(labels));
}
}  // namespace

std::vector<RowSpec> request_rows_head() {
  return {
      data("new_received", "一", {"本年新收政府信息公开申请数量", "本年新收政府信息公开申请", "本年新收申请数量"}, false),
      data("carried_over", "二", {"上年结转政府信息公开申请数量", "上年结转政府信息公开申请", "上年结转申请数量"}, false),
      group("group.results", "三", {"本年度办理结果"}),
      data("granted", "(一)", {"予以公开"}),
      data("partially_granted", "(二)", {"部分公开"}),
      group("group.denied", "(三)", {"不予公开"}),
      data("denied.state_secret", "1", {"属于国家秘密"}),
      data("denied.prohibited_by_law", "2", {"其他法律行政法规禁止公开", "其他法律、行政法规禁止公开"}),
      data("denied.three_safeties_one_stability", "3", {"危及三安全一稳定"}),
      data("denied.third_party_rights", "4", {"保护第三方合法权益"}),
      data("denied.internal_affairs", "5", {"属于三类内部事务信息", "属于三类内容事务信息"}),
      data("denied.process_information", "6", {"属于四类过程性信息"}),
      data("denied.enforcement_case_file", "7", {"属于行政执法案卷"}),
      data("denied.administrative_inquiry", "8", {"属于行政查询事项"}),
      group("group.unable", "(四)", {"无法提供"}),
      data("unable.not_held", "1", {"本机关不掌握相关政府信息"}),
      data("unable.needs_creation", "2", {"没有现成信息需要另行制作"}),
      data("unable.unclear_after_correction", "3", {"补正后申请内容仍不明确"}),
      group("group.not_processed", "(五)", {"不予处理"}),
      data("not_processed.complaint_petition", "1", {"信访举报投诉类申请"}),
      data("not_processed.duplicate", "2", {"重复申请"}),
      data("not_processed.publication", "3", {"要求提供公开出版物"}),
      data("not_processed.excessive", "4", {"无正当理由大量反复申请"}),
      data("not_processed.confirmation", "5", {"要求行政机关确认或重新出具已获取信息"}),
  };
}

std::vector<RowSpec> request_rows_tail() {
  return {
      data("total", "(七)", {"总计"}, false),
      data("carried_forward", "四", {"结转下年度继续办理", "结转下年度"}, false),
  };
}

std::vector<ColumnSpec> review_columns() {
  return {{"upheld", "结果维持"}, {"corrected", "结果纠正"}, {"other", "其他结果"}, {"pending", "尚未审结"}, {"total", "总计"}};
}

std::vector<ReviewGroupSpec> review_groups() {
  return {{"review", "行政复议"}, {"litigation_direct", "未经复议直接起诉"}, {"litigation_after_review", "复议后起诉"}};
}

std::vector<RelationSpec> relations(const std::vector<RowSpec>& rows) {
  std::vector<std::string> results;
  for (const auto& r : rows)
    if (r.data && r.result) results.push_back(r.key);
  using Scope = RelationSpec::Scope;
  return {
      {"requests.row_total", "requests", Scope::each_row,
       {"natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org"}, {"total"},
       "六类申请人之和等于总计", "六类申请人之和", "总计"},
      {"requests.balance", "requests", Scope::each_column, {"new_received", "carried_over"}, {"total", "carried_forward"},
       "第一项加第二项之和，等于第三项加第四项之和", "第一项加第二项之和", "第三项加第四项之和"},
      {"requests.results_total", "requests", Scope::each_column, results, {"total"},
       "（七）总计等于各项办理结果之和", "各项办理结果之和", "（七）总计"},
      {"review_litigation.group_total", "review_litigation", Scope::each_group,
       {"upheld", "corrected", "other", "pending"}, {"total"}, "结果维持、结果纠正、其他结果、尚未审结之和等于总计",
       "结果维持、结果纠正、其他结果、尚未审结之和", "总计"},
  };
}

}  // namespace xxgk::format_parts
