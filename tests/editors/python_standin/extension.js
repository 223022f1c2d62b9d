'use strict';
// Test-only stand-in for the Python extension (ms-python.python), used by tests/editors/test_vscode_venv.py.
// The real extension cannot be installed here: its .vsix comes only from the VS Code Marketplace / Open VSX, and the
// test machines reach PyPI, npm and Debian only. This stand-in has the same extension id and exposes the part of its
// public API that R-ICE calls, with the same shape (@vscode/python-extension's `PythonExtension`):
//   environments.getActiveEnvironmentPath(resource) -> { id, path }
//   environments.resolveEnvironment(pathOrEnv)      -> Promise<{ id, path, executable: { uri, bitness, sysPrefix } }>
//   environments.onDidChangeActiveEnvironmentPath   -> Event<{ id, path, resource }>
//   settings.getExecutionDetails(resource)          -> { execCommand: [python] }   (the older API)
// "Selecting an interpreter" is the `python.defaultInterpreterPath` setting, which the real extension also reads.
const vscode = require('vscode');

function activate(context) {
  const changed = new vscode.EventEmitter();
  const selected = () => vscode.workspace.getConfiguration('python').get('defaultInterpreterPath') || 'python';
  context.subscriptions.push(
    changed,
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('python.defaultInterpreterPath')) changed.fire({ id: selected(), path: selected() });
    }),
  );
  const resolve = async (env) => {
    const path = typeof env === 'string' ? env : env && env.path;
    if (!path) return undefined;
    return { id: path, path, executable: { uri: vscode.Uri.file(path), bitness: '64-bit', sysPrefix: '' } };
  };
  return {
    ready: Promise.resolve(),
    environments: {
      getActiveEnvironmentPath: () => ({ id: selected(), path: selected() }),
      resolveEnvironment: resolve,
      onDidChangeActiveEnvironmentPath: changed.event,
    },
    settings: { getExecutionDetails: () => ({ execCommand: [selected()] }) },
  };
}

module.exports = { activate, deactivate: () => undefined };
