'use strict';
// R-ICE VS Code client: starts `<rice.pythonPath> -m rice_lsp` on stdio and shows the workspace total in the status bar.
const vscode = require('vscode');
const { CloseAction, ErrorAction, LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { statusFor, serverSettings } = require('./status');

const SECTION = 'rice';
const RICE_YAML = '**/{rice,.rice}.{yaml,yml}';
const DOCUMENTS = [
  { language: 'python' },
  { language: 'javascript' },
  { language: 'javascriptreact' },
  { language: 'typescript' },
  { language: 'typescriptreact' },
  { language: 'rice-prompt' },
  { pattern: '**/*.{prompt,prompty,jinja,j2}' }, // also when another extension owns the language id
  { pattern: RICE_YAML },
  { pattern: '**/*.prompt.{yaml,yml}' },
];

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client;
let statusItem;
let output;
let restartTimes = [];

const config = () => vscode.workspace.getConfiguration(SECTION);
const currentServerSettings = () => serverSettings((key) => config().inspect(key));

function createClient() {
  const python = config().get('pythonPath') || 'python3';
  const serverOptions = { command: python, args: ['-m', 'rice_lsp'], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: DOCUMENTS,
    initializationOptions: currentServerSettings(),
    // no synchronize.fileEvents: the server registers its own watcher for rice.yaml / pyproject.toml
    outputChannel: output,
    initializationFailedHandler: () => false, // start() rejects; startClient shows one message
    errorHandler: {
      error: (_error, _message, count) => ({ action: count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed,
    },
    middleware: {
      workspace: {
        // answer workspace/configuration for "rice" with the explicitly set server keys only
        configuration: async (params, token, next) => {
          const results = await next(params, token);
          return params.items.map((item, i) => (item.section === SECTION ? currentServerSettings() : results[i]));
        },
      },
    },
  };
  return new LanguageClient('rice', 'R-ICE', serverOptions, clientOptions);
}

/** Restart a server that crashed after starting (at most 4 times in 3 minutes); never one that failed to start —
 * that is a wrong interpreter, and restarting it would only repeat the error. */
function closed() {
  if (!client || !client.initializeResult) return { action: CloseAction.DoNotRestart, handled: true };
  const now = Date.now();
  restartTimes = [...restartTimes.filter((t) => now - t < RESTART_WINDOW_MS), now];
  if (restartTimes.length > MAX_RESTARTS) {
    return { action: CloseAction.DoNotRestart, message: 'The R-ICE server crashed 5 times in 3 minutes and was not restarted; see the R-ICE output.' };
  }
  return { action: CloseAction.Restart, handled: true };
}

function showStartError(python, error) {
  if (error) output.error(`starting "${python} -m rice_lsp" failed: ${error.message || error}`);
  vscode.window.showErrorMessage(
    `R-ICE: could not start "${python} -m rice_lsp". Set "rice.pythonPath" to an interpreter with R-ICE installed (pip install rice-carbon); details in the R-ICE output.`,
  );
}

function updateStatus(total) {
  if (!config().get('statusBar.enabled', true)) {
    statusItem.hide();
    return;
  }
  const { text, tooltip, level } = statusFor(total);
  statusItem.text = text;
  statusItem.tooltip = tooltip;
  statusItem.backgroundColor = level === 'ok' ? undefined : new vscode.ThemeColor(`statusBarItem.${level}Background`);
  statusItem.show();
}

async function startClient() {
  client = createClient();
  client.onNotification('rice/workspaceTotal', updateStatus);
  try {
    await client.start();
  } catch (error) {
    showStartError(config().get('pythonPath'), error);
  }
}

async function restartClient() {
  const old = client;
  client = undefined;
  if (old) await old.stop().catch(() => undefined);
  await startClient();
}

function onConfigurationChanged(event) {
  if (!event.affectsConfiguration(SECTION)) return;
  if (event.affectsConfiguration('rice.pythonPath')) {
    restartClient();
    return;
  }
  if (!config().get('statusBar.enabled', true)) statusItem.hide();
  if (client && client.isRunning()) {
    client.sendNotification('workspace/didChangeConfiguration', { settings: { [SECTION]: currentServerSettings() } });
  }
}

async function activate(context) {
  output = vscode.window.createOutputChannel('R-ICE', { log: true });
  statusItem = vscode.window.createStatusBarItem('rice.workspaceTotal', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'R-ICE workspace total';
  statusItem.command = 'rice.showOutput';
  context.subscriptions.push(
    output,
    statusItem,
    vscode.commands.registerCommand('rice.restartServer', restartClient),
    vscode.commands.registerCommand('rice.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration(onConfigurationChanged),
  );
  await startClient();
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
