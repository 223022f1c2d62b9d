'use strict';
// Pure formatting of the `rice/workspaceTotal` notification for the status bar (no `vscode` import: unit-testable).
// Payload: { total_co2e_kg, period, budget_co2e_kg, share, calls, files } — share is total / budget (0.2 = 20 %).

/** Format a mass in kg CO₂e with 2 significant figures, switching to g or t where that reads better. */
function formatCo2eKg(kg) {
  if (typeof kg !== 'number' || !Number.isFinite(kg)) return '?';
  const abs = Math.abs(kg);
  if (abs === 0) return '0 kg';
  if (abs < 0.1) return `${sig2(kg * 1000)} g`;
  if (abs >= 10000) return `${sig2(kg / 1000)} t`;
  return `${sig2(kg)} kg`;
}

function sig2(x) {
  const abs = Math.abs(x);
  if (abs >= 100) return Math.round(x).toLocaleString('en-US');
  return Number(x.toPrecision(2)).toString();
}

function sharePercent(share) {
  return typeof share === 'number' && Number.isFinite(share) ? `${Math.round(share * 100)}%` : null;
}

/** Returns { text, tooltip, level } for a workspace total; level is 'ok', 'warning' (≥ 80 %) or 'error' (over budget). */
function statusFor(total) {
  const t = total || {};
  const period = t.period || 'month';
  const pct = sharePercent(t.share);
  const hasBudget = typeof t.budget_co2e_kg === 'number' && t.budget_co2e_kg > 0;
  const amount = hasBudget
    ? `${formatCo2eKg(t.total_co2e_kg)} / ${formatCo2eKg(t.budget_co2e_kg)} CO₂e/${period}`
    : `${formatCo2eKg(t.total_co2e_kg)} CO₂e/${period}`;
  const text = `$(pulse) ${amount}${pct && hasBudget ? ` (${pct})` : ''}`;
  const calls = Number.isFinite(t.calls) ? t.calls : 0;
  const files = Number.isFinite(t.files) ? t.files : 0;
  const budgetLine = hasBudget
    ? `Budget: ${formatCo2eKg(t.budget_co2e_kg)} CO₂e per ${period}${pct ? ` — ${pct} used` : ''}`
    : 'No budget set (add budget.co2e_kg to rice.yaml)';
  const tooltip = [
    `R-ICE workspace total: ${formatCo2eKg(t.total_co2e_kg)} CO₂e per ${period}`,
    `${calls} LLM call${calls === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
    budgetLine,
  ].join('\n');
  let level = 'ok';
  if (hasBudget && typeof t.share === 'number') level = t.share > 1 ? 'error' : t.share >= 0.8 ? 'warning' : 'ok';
  return { text, tooltip, level };
}

/** Keys the server reads (the editor settings of `rice_lsp/settings.py`), dotted as in package.json; path, pythonPath,
 * statusBar.enabled and trace.server stay in the client. The `defaults.*` keys are estimator defaults that the server
 * uses only where the workspace's rice.yaml leaves them unset (`rice_lsp/editor_defaults.py`). */
const SERVER_KEYS = [
  'enable', 'inlayHints.enabled', 'codeLens.enabled', 'hover.enabled', 'diagnostics.enabled', 'codeActions.enabled',
  'workspaceScan.enabled', 'debounceMs', 'maxFileBytes',
  'defaults.region', 'defaults.gridGco2ePerKwh', 'defaults.hardware', 'defaults.pue', 'defaults.outputTokens',
  'defaults.model', 'defaults.placeholderTokens', 'defaults.batchSize', 'defaults.precision', 'defaults.powerModel',
  'defaults.stack',
];

/** The value a user set explicitly (folder, workspace or user scope), or undefined; null and '' count as unset. */
function explicitValue(info) {
  const value = [info.workspaceFolderValue, info.workspaceValue, info.globalValue].find((v) => v !== undefined);
  return value === null || value === '' ? undefined : value;
}

/**
 * Settings sent to the server, nested as VS Code nests them ({ inlayHints: { enabled: false } }): the values a user
 * set explicitly, and null (unset) for the others, so that the server's defaults and the team's rice.yaml stay in
 * force for everything else and a removed setting stops applying at once.
 * `inspect(key)` is VS Code's WorkspaceConfiguration.inspect.
 */
function serverSettings(inspect) {
  const out = {};
  for (const key of SERVER_KEYS) {
    const found = explicitValue(inspect(key) || {});
    const value = found === undefined ? null : found;
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) node = node[part] = node[part] || {};
    node[parts[parts.length - 1]] = value;
  }
  return out;
}

module.exports = { formatCo2eKg, statusFor, serverSettings, explicitValue, SERVER_KEYS };
