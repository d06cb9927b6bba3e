// The page's own words for the contract's values (../shared/spec/contract.md). Labels of the
// statutory tables are not here: they come from the format model.
export const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' };
export const SCRIPT_NAMES = { simplified: '简体', traditional: '繁体' };
