'use strict';
// Unit tests of how the VS Code extension finds the R-ICE server (editors/vscode/launch.js): `node --test`.
// The probe runs real interpreters: this test's own node is not Python, so a fake probe stands in where the test is
// about the order; `hasRiceLsp` itself is checked against a real python3 and a missing file.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chooseLaunch, findOnPath, hasRiceLsp, describe } = require('../../editors/vscode/launch');

const probeOf = (withRice) => async (python) => withRice.includes(python);
const noRice = () => undefined;

test('an explicit rice.path wins and runs `rice lsp`', async () => {
  const exists = (f) => f === '/opt/rice';
  const found = await chooseLaunch({ ricePath: '/opt/rice', pythonPath: '/usr/bin/python3', selectedPython: '/v/bin/python' }, probeOf([]), noRice, exists);
  assert.deepEqual(found.launch.args, ['lsp']);
  assert.equal(describe(found.launch), '/opt/rice lsp');
  assert.equal(found.launch.source, 'rice.path');
  const missing = await chooseLaunch({ ricePath: '/opt/nope' }, probeOf([]), noRice, exists);
  assert.equal(missing.setting, 'rice.path');
  assert.match(missing.error, /"\/opt\/nope" \(the rice.path setting\) is not an executable file/);
});

test('an explicit rice.pythonPath runs isolated, or names the setting when R-ICE is missing there', async () => {
  const ok = await chooseLaunch({ pythonPath: '/p/python' }, probeOf(['/p/python']), noRice);
  assert.equal(describe(ok.launch), '/p/python -I -m rice_lsp');
  const missing = await chooseLaunch({ pythonPath: '/p/python', selectedPython: '/v/python' }, probeOf(['/v/python']), noRice);
  assert.equal(missing.launch, undefined);
  assert.equal(missing.setting, 'rice.pythonPath');
  assert.match(missing.error, /R-ICE is not installed in "\/p\/python" \(the rice.pythonPath setting\)/);
  assert.match(missing.error, /pip install \/path\/to\/r-ice/);
});

test('the selected interpreter is used when it has R-ICE, before rice on PATH', async () => {
  const found = await chooseLaunch({ selectedPython: '/v/bin/python', pathVar: '/usr/bin' }, probeOf(['/v/bin/python']), () => '/usr/bin/rice');
  assert.equal(describe(found.launch), '/v/bin/python -I -m rice_lsp');
  assert.match(found.launch.source, /Python extension/);
});

test('rice on PATH is used when the selected interpreter has no R-ICE', async () => {
  const found = await chooseLaunch({ selectedPython: '/v/bin/python', pathVar: '/x' }, probeOf([]), () => '/x/rice');
  assert.equal(describe(found.launch), '/x/rice lsp');
});

test('nothing found: one message that says what was tried and which settings fix it', async () => {
  const selected = await chooseLaunch({ selectedPython: '/v/bin/python', pathVar: '' }, probeOf([]), noRice);
  assert.equal(selected.setting, 'rice.path');
  assert.match(selected.error, /selected Python interpreter \(\/v\/bin\/python\) has no R-ICE/);
  assert.match(selected.error, /no "rice" command on PATH/);
  assert.match(selected.error, /rice\.path or rice\.pythonPath/);
  const none = await chooseLaunch({ pathVar: '' }, probeOf([]), noRice);
  assert.match(none.error, /no Python interpreter is selected/);
});

test('findOnPath finds the first executable and skips directories and non-executables', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rice-path-'));
  const [a, b, c] = ['a', 'b', 'c'].map((d) => fs.mkdirSync(path.join(root, d)) || path.join(root, d));
  fs.mkdirSync(path.join(a, 'rice')); // a directory named rice
  fs.writeFileSync(path.join(b, 'rice'), '#!/bin/sh\n', { mode: 0o644 }); // not executable
  fs.writeFileSync(path.join(c, 'rice'), '#!/bin/sh\n', { mode: 0o755 });
  assert.equal(findOnPath('rice', [a, b, c].join(path.delimiter), 'linux'), path.join(c, 'rice'));
  assert.equal(findOnPath('rice', [a, b].join(path.delimiter), 'linux'), undefined);
  assert.equal(findOnPath('rice', undefined, 'linux'), undefined);
  const seen = [];
  findOnPath('rice', 'C:\\bin', 'win32', (f) => seen.push(path.basename(f)) && false);
  assert.deepEqual(seen.slice(0, 1).map((n) => n.endsWith('rice.exe')), [true]);
});

test('hasRiceLsp is false for a missing interpreter and for a python without rice_lsp', async () => {
  assert.equal(await hasRiceLsp(path.join(os.tmpdir(), 'no-such-python')), false);
  // isolated mode: a rice_lsp folder in the current directory must not count as an installation
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'rice-cwd-'));
  fs.mkdirSync(path.join(cwd, 'rice_lsp'));
  fs.writeFileSync(path.join(cwd, 'rice_lsp', '__init__.py'), '');
  const python = findOnPath('python3', process.env.PATH);
  assert.ok(python, 'python3 on PATH');
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'rice-bare-'));
    const venv = require('child_process').spawnSync(python, ['-m', 'venv', '--without-pip', bare]);
    assert.equal(venv.status, 0, String(venv.stderr));
    assert.equal(await hasRiceLsp(path.join(bare, 'bin', 'python')), false);
  } finally {
    process.chdir(before);
  }
});
