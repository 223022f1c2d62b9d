'use strict';
// Unit tests of the VS Code extension's pure parts (status bar text, settings filter): `node --test`.
const test = require('node:test');
const assert = require('node:assert/strict');
const { formatCo2eKg, statusFor, serverSettings } = require('../../editors/vscode/status');

test('formats masses with two significant figures and sensible units', () => {
  assert.equal(formatCo2eKg(4.912), '4.9 kg');
  assert.equal(formatCo2eKg(0.0123), '12 g');
  assert.equal(formatCo2eKg(1234), '1,234 kg');
  assert.equal(formatCo2eKg(25000), '25 t');
  assert.equal(formatCo2eKg(0), '0 kg');
  assert.equal(formatCo2eKg(undefined), '?');
});

test('status shows the total against the budget and its share', () => {
  const s = statusFor({ total_co2e_kg: 4.9, period: 'month', budget_co2e_kg: 25, share: 0.196, calls: 12, files: 3 });
  assert.equal(s.text, '$(pulse) 4.9 kg / 25 kg CO₂e/month (20%)');
  assert.equal(s.level, 'ok');
  assert.match(s.tooltip, /12 LLM calls in 3 files/);
  assert.match(s.tooltip, /20% used/);
});

test('status warns near the budget and errors over it', () => {
  assert.equal(statusFor({ total_co2e_kg: 21, budget_co2e_kg: 25, share: 0.84 }).level, 'warning');
  const over = statusFor({ total_co2e_kg: 30, period: 'month', budget_co2e_kg: 25, share: 1.2, calls: 1, files: 1 });
  assert.equal(over.level, 'error');
  assert.equal(over.text, '$(pulse) 30 kg / 25 kg CO₂e/month (120%)');
  assert.match(over.tooltip, /1 LLM call in 1 file\n/);
});

test('status without a budget shows the total only', () => {
  const s = statusFor({ total_co2e_kg: 0.5, period: 'month', budget_co2e_kg: null, share: null, calls: 2, files: 1 });
  assert.equal(s.text, '$(pulse) 0.5 kg CO₂e/month');
  assert.equal(s.level, 'ok');
  assert.match(s.tooltip, /No budget set/);
});

test('explicitly set server settings go to the server, the others as null, nested like VS Code nests them', () => {
  const inspected = {
    enable: { defaultValue: true },
    debounceMs: { defaultValue: 150, globalValue: 200, workspaceValue: 300 },
    maxFileBytes: { defaultValue: 5000000, globalValue: null },
    'inlayHints.enabled': { defaultValue: true, globalValue: false },
    'codeLens.enabled': { defaultValue: true, workspaceFolderValue: true, globalValue: false },
    pythonPath: { defaultValue: '', globalValue: '/usr/bin/python3' },
    path: { defaultValue: '', globalValue: '/usr/local/bin/rice' },
    'statusBar.enabled': { defaultValue: true, globalValue: false },
    region: { globalValue: 'FR' },
    'defaults.region': { defaultValue: null, workspaceValue: 'FR' },
    'defaults.pue': { defaultValue: null, globalValue: 1.3 },
    'defaults.model': { defaultValue: null, globalValue: '' },
    'defaults.outputTokens': { defaultValue: null, globalValue: null },
  };
  const unset = { enable: null, hover: { enabled: null }, diagnostics: { enabled: null }, codeActions: { enabled: null },
    workspaceScan: { enabled: null }, maxFileBytes: null };
  const unsetDefaults = { gridGco2ePerKwh: null, hardware: null, outputTokens: null, model: null, placeholderTokens: null,
    batchSize: null, precision: null, powerModel: null, stack: null };
  assert.deepEqual(serverSettings((key) => inspected[key]), {
    ...unset, debounceMs: 300, inlayHints: { enabled: false }, codeLens: { enabled: true },
    defaults: { ...unsetDefaults, region: 'FR', pue: 1.3 },
  });
});
