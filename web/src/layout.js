// The statutory layout of the three tables (国办公开办函〔2019〕60号 / 〔2021〕30号) as display data:
// labels only. Which rows and columns exist comes from the result JSON; nothing here checks anything.

export const FORMAT_NAMES = {
  '2019': '2019 年格式（国办公开办函〔2019〕60号）',
  '2021': '2021 年格式（国办公开办函〔2021〕30号）',
};

export const SCRIPT_NAMES = { simplified: '简体', traditional: '繁体' };

export const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' };
export const SEVERITY_ORDER = ['error', 'warning', 'info'];

export const TABLE_NAMES = {
  active: '表二　主动公开政府信息情况',
  requests: '表三　收到和处理政府信息公开申请情况',
  review_litigation: '表四　政府信息公开行政复议、行政诉讼情况',
};

// ---- 表二 ----
export const ACTIVE_BLOCKS = {
  article20_1: {
    caption: '第二十条第（一）项',
    columns: {
      '2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
      '2021': ['本年制发件数', '本年废止件数', '现行有效件数'],
    },
    rows: {
      regulations: '规章',
      normative_documents: { '2019': '规范性文件', '2021': '行政规范性文件' },
    },
  },
  article20_5: {
    caption: '第二十条第（五）项',
    columns: { '2019': ['上一年项目数量', '本年增/减', '处理决定数量'], '2021': ['本年处理决定数量'] },
    rows: { licensing: '行政许可', other_services: '其他对外管理服务事项' },
  },
  article20_6: {
    caption: '第二十条第（六）项',
    columns: { '2019': ['上一年项目数量', '本年增/减', '处理决定数量'], '2021': ['本年处理决定数量'] },
    rows: { punishment: '行政处罚', coercion: '行政强制' },
  },
  article20_8: {
    caption: '第二十条第（八）项',
    columns: { '2019': ['上一年项目数量', '本年增/减'], '2021': ['本年收费金额（单位：万元）'] },
    rows: { fees: '行政事业性收费' },
  },
  article20_9: {
    caption: '第二十条第（九）项',
    columns: { '2019': ['采购项目数量', '采购总金额'], '2021': ['采购项目数量', '采购总金额'] },
    rows: { procurement: '政府集中采购' },
  },
};
export const ACTIVE_GRID_COLUMNS = 3;   // value columns of the grid (blocks with fewer span the rest)

// ---- 表三 ----
export const REQUEST_COLUMNS = {
  natural_person: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social_welfare: '社会公益组织',
  legal_services: '法律服务机构',
  other_org: '其他',
  total: '总计',
};
export const REQUEST_CORNER_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
// Columns under 法人或其他组织.
export const REQUEST_ORG_COLUMNS = ['commercial', 'research', 'social_welfare', 'legal_services', 'other_org'];

// Top-level rows (label spans the three label columns) and the 三、本年度办理结果 block.
export const REQUEST_TOP_ROWS = {
  new_received: '一、本年新收政府信息公开申请数量',
  carried_over: '二、上年结转政府信息公开申请数量',
  carried_forward: '四、结转下年度继续办理',
};
export const REQUEST_RESULTS_LABEL = '三、本年度办理结果';
// Result rows: either a row with its own label (colspan 2) or a member of a group.
export const REQUEST_RESULT_ROWS = {
  granted: '（一）予以公开',
  partially_granted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  other: '（六）其他处理',
  total: '（七）总计',
};
export const REQUEST_GROUPS = {
  denied: '（三）不予公开',
  unable: '（四）无法提供',
  not_processed: '（五）不予处理',
  other: '（六）其他处理',
};
export const REQUEST_GROUP_ROWS = {
  'denied.state_secret': '1.属于国家秘密',
  'denied.prohibited_by_law': '2.其他法律行政法规禁止公开',
  'denied.three_safeties_one_stability': '3.危及“三安全一稳定”',
  'denied.third_party_rights': '4.保护第三方合法权益',
  'denied.internal_affairs': '5.属于三类内部事务信息',
  'denied.process_information': '6.属于四类过程性信息',
  'denied.enforcement_case_file': '7.属于行政执法案卷',
  'denied.administrative_inquiry': '8.属于行政查询事项',
  'unable.not_held': '1.本机关不掌握相关政府信息',
  'unable.needs_creation': '2.没有现成信息需要另行制作',
  'unable.unclear_after_correction': '3.补正后申请内容仍不明确',
  'not_processed.complaint_petition': '1.信访举报投诉类申请',
  'not_processed.duplicate': '2.重复申请',
  'not_processed.publication': '3.要求提供公开出版物',
  'not_processed.excessive': '4.无正当理由大量反复申请',
  'not_processed.confirmation': '5.要求行政机关确认或重新出具已获取信息',
  'other.no_correction': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'other.no_fee_paid': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'other.other': '3.其他',
};

// ---- 表四 ----
export const REVIEW_GROUPS = {
  review: '行政复议',
  litigation_direct: '未经复议直接起诉',
  litigation_after_review: '复议后起诉',
};
export const REVIEW_COLUMNS = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

// A plain-text label for any row key (exports).
export function rowLabel(table, key, format) {
  if (table === 'requests') {
    return REQUEST_TOP_ROWS[key] || REQUEST_RESULT_ROWS[key] || REQUEST_GROUP_ROWS[key] && groupPrefix(key) + REQUEST_GROUP_ROWS[key] || key;
  }
  if (table === 'active') {
    const [block, row] = key.split('.');
    const b = ACTIVE_BLOCKS[block];
    if (!b) return key;
    const l = b.rows[row];
    return b.caption + ' ' + (typeof l === 'object' ? l[format] || l['2021'] : l || row);
  }
  if (table === 'review_litigation') return REVIEW_GROUPS[key] || key;
  return key;
}
function groupPrefix(key) {
  const g = key.split('.')[0];
  return REQUEST_GROUPS[g] ? REQUEST_GROUPS[g] + ' ' : '';
}

export function activeColumns(block, format) {
  const b = ACTIVE_BLOCKS[block];
  if (!b) return [];
  return b.columns[format] || b.columns['2021'];
}
