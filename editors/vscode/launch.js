'use strict';
// How the extension finds the R-ICE language server (no `vscode` import: unit-tested by tests/editors/launch.test.js).
// Order, as in ruff-vscode and the Python tools extension template:
//   1. an explicitly set `rice.path` (the `rice` executable: `rice lsp`) or `rice.pythonPath` (`python -I -m rice_lsp`);
//   2. the interpreter selected in the Python extension, when R-ICE is installed in it;
//   3. a `rice` command on PATH.
// Python always runs with -I (isolated mode): the project folder is never put on sys.path, so a `yaml.py` or
// `rice_lsp/` in the workspace cannot be imported in place of the real packages.
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');

const PROBE = 'import importlib.util, sys; sys.exit(0 if importlib.util.find_spec("rice_lsp") else 3)';
const PROBE_TIMEOUT_MS = 15000;
const INSTALL_HINT = 'install R-ICE into it from a clone of R-ICE (pip install /path/to/r-ice)';

/** A launch: the command line and where it came from (for messages). */
const pythonLaunch = (python, source) => ({ command: python, args: ['-I', '-m', 'rice_lsp'], source, python });
const riceLaunch = (rice, source) => ({ command: rice, args: ['lsp'], source });

/** First executable called `name` in `pathVar` (PATH), or undefined. `isFile` is injectable for tests. */
function findOnPath(name, pathVar, platform = process.platform, isFile = isExecutableFile) {
  const names = platform === 'win32' ? [`${name}.exe`, `${name}.cmd`, `${name}.bat`] : [name];
  for (const dir of (pathVar || '').split(path.delimiter)) {
    if (!dir) continue;
    for (const candidate of names) {
      const full = path.join(dir, candidate);
      if (isFile(full)) return full;
    }
  }
  return undefined;
}

function isExecutableFile(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Resolves true when `python` can import rice_lsp (in isolated mode, as the server will run). */
function hasRiceLsp(python) {
  return new Promise((resolve) => {
    execFile(python, ['-I', '-c', PROBE], { timeout: PROBE_TIMEOUT_MS, windowsHide: true }, (error) => resolve(!error));
  });
}

/**
 * Decide how to start the server. `inputs`: { ricePath, pythonPath } (explicitly set values only),
 * selectedPython (from the Python extension, or undefined), pathVar. `probe(python)` → Promise<boolean>.
 * Returns { launch } or { error: message naming what was tried and the settings that fix it }.
 */
async function chooseLaunch(inputs, probe = hasRiceLsp, find = findOnPath, isFile = isExecutableFile) {
  const { ricePath, pythonPath, selectedPython, pathVar } = inputs;
  if (ricePath) {
    if (isFile(ricePath)) return { launch: riceLaunch(ricePath, 'rice.path') };
    return {
      error: `"${ricePath}" (the rice.path setting) is not an executable file: point it at the rice command of an R-ICE installation (e.g. .venv/bin/rice), or clear it.`,
      setting: 'rice.path',
    };
  }
  if (pythonPath) {
    if (await probe(pythonPath)) return { launch: pythonLaunch(pythonPath, 'rice.pythonPath') };
    return {
      error: `R-ICE is not installed in "${pythonPath}" (the rice.pythonPath setting): ${INSTALL_HINT}, or change rice.pythonPath.`,
      setting: 'rice.pythonPath',
    };
  }
  if (selectedPython && (await probe(selectedPython))) {
    return { launch: pythonLaunch(selectedPython, 'the Python extension\'s selected interpreter') };
  }
  const rice = find('rice', pathVar);
  if (rice) return { launch: riceLaunch(rice, 'PATH') };
  const tried = selectedPython
    ? `the selected Python interpreter (${selectedPython}) has no R-ICE and there is no "rice" command on PATH`
    : 'no Python interpreter is selected in the Python extension and there is no "rice" command on PATH';
  return {
    error: `R-ICE language server not found: ${tried}. Select an interpreter with R-ICE installed, ${INSTALL_HINT}, or set rice.path or rice.pythonPath.`,
    setting: 'rice.path',
  };
}

/** A launch as one readable command line (for the output channel and messages). */
const describe = (launch) => [launch.command, ...launch.args].join(' ');

module.exports = { chooseLaunch, describe, findOnPath, hasRiceLsp, pythonLaunch, riceLaunch, PROBE };
