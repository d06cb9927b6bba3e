// A short made-up report to try the page with (no real agency, not a corpus file). Its words are
// here (none of them a statutory label); its headings and its tables' labels come from the model, laid out like a table
// pasted out of Word (statutory-table.js). Its numbers hold one slip the checker should find: the
// 本年新收 of table 三 counts a 商业企业 application (12 in all) that the narrative and the
// results do not have (11).
import { tableLines } from './statutory-table.js';

const FORMAT = '2021';
const TITLE = '示例县人民政府办公室2023年政府信息公开工作年度报告';

const PARAGRAPHS = {
  1: '2023年，示例县人民政府办公室认真贯彻《中华人民共和国政府信息公开条例》，' +
    '全年主动公开政府信息526条。全年共收到政府信息公开申请11件，上年结转1件，' +
    '已在法定期限内全部作出答复；转入下一年度处理的申请1件。全年未发生因政府信息公开引起的复议、诉讼案件。',
  5: '存在的主要问题：部分栏目更新不够及时，政策解读形式较为单一。' +
    '改进情况：建立栏目更新提醒制度，增加图解、问答等解读形式。',
  6: '本年度未收取信息处理费，未发出收费通知。本机关无须另行说明的情况。',
};

const zeros = (n) => Array(n).fill(0);
const requestRow = (naturalPerson, commercial = 0) => [naturalPerson, commercial, 0, 0, 0, 0, naturalPerson + commercial];

const TABLES = {
  active: {
    article20_1: { regulations: [0, 0, 0], normative_documents: [3, 1, 18] },
    article20_5: { licensing: [146] },
    article20_6: { punishment: [52], coercion: [4] },
    article20_8: { fees: [0] },
  },
  requests: {
    rows: {
      new_received: requestRow(11, 1),   // the slip
      carried_over: requestRow(1),
      granted: requestRow(6),
      partially_granted: requestRow(2),
      'unable.not_held': requestRow(2),
      'not_processed.duplicate': requestRow(1),
      carried_forward: requestRow(1),
      total: requestRow(11),
    },
  },
  review_litigation: Object.fromEntries(['review', 'litigation_direct', 'litigation_after_review'].map((g) =>
    [g, { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }])),
};

// The requests rows the model has and the sample does not name are all zero.
function requestValues(spec) {
  const rows = {};
  for (const r of spec.rows) if (r.data) rows[r.key] = TABLES.requests.rows[r.key] || zeros(spec.columns.length);
  return { rows };
}

export function sampleReportText(model) {
  const format = model.formats.find((f) => f.id === FORMAT) || model.formats[model.formats.length - 1];
  const tableOfSection = new Map(Object.entries(format.tables).map(([id, t]) => [t.section, id]));
  const lines = [TITLE, ''];
  for (const section of format.sections) {
    lines.push(`${section.numeral}、${section.title}`);
    const tableId = tableOfSection.get(section.number);
    if (tableId) {
      const values = tableId === 'requests' ? requestValues(format.tables.requests) : TABLES[tableId];
      lines.push(...tableLines(model, format.id, tableId, values));
    } else {
      lines.push(PARAGRAPHS[section.number] || '');
    }
    lines.push('');
  }
  lines.push('示例县人民政府办公室', '2024年1月20日');
  return lines.join('\n') + '\n';
}
