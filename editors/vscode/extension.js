'use strict';
// R-ICE VS Code client: finds the R-ICE language server (see launch.js for the order), starts it on stdio and shows
// the workspace total in the status bar.
const vscode = require('vscode');
const { CloseAction, ErrorAction, LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { statusFor, serverSettings, explicitValue } = require('./status');
const { chooseLaunch, describe } = require('./launch');

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

const PYTHON_EXTENSION = 'ms-python.python';
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client;
let statusItem;
let output;
let restartTimes = [];
let pythonApiWatched = false;

const config = () => vscode.workspace.getConfiguration(SECTION);
const currentServerSettings = () => serverSettings((key) => config().inspect(key));

/** The Python extension's API (ms-python.python), or undefined when it is not installed or fails to activate. */
async function pythonApi() {
  const extension = vscode.extensions.getExtension(PYTHON_EXTENSION);
  if (!extension) return undefined;
  try {
    return extension.isActive ? extension.exports : await extension.activate();
  } catch (error) {
    output.warn(`the Python extension did not activate: ${error.message || error}`);
    return undefined;
  }
}

/** The interpreter selected in the Python extension for this workspace (its `environments` API, else the older
 * `settings.getExecutionDetails`), or undefined. */
async function selectedPython(api) {
  if (!api) return undefined;
  const resource = vscode.workspace.workspaceFolders?.[0]?.uri;
  try {
    if (api.environments) {
      const env = await api.environments.resolveEnvironment(api.environments.getActiveEnvironmentPath(resource));
      if (env?.executable?.uri) return env.executable.uri.fsPath;
    }
    const command = api.settings?.getExecutionDetails?.(resource)?.execCommand;
    return command && command.length === 1 ? command[0] : undefined;
  } catch (error) {
    output.warn(`could not read the selected Python interpreter: ${error.message || error}`);
    return undefined;
  }
}

/** Restart the server when the user selects another interpreter in the Python extension (registered once). */
function watchInterpreter(api, context) {
  if (pythonApiWatched || !api?.environments?.onDidChangeActiveEnvironmentPath) return;
  pythonApiWatched = true;
  context.subscriptions.push(api.environments.onDidChangeActiveEnvironmentPath(() => restartClient()));
}

async function findServer(context) {
  const api = await pythonApi();
  watchInterpreter(api, context);
  return chooseLaunch({
    ricePath: explicitValue(config().inspect('path') || {}),
    pythonPath: explicitValue(config().inspect('pythonPath') || {}),
    selectedPython: await selectedPython(api),
    pathVar: process.env.PATH,
  });
}

function createClient(launch) {
  const serverOptions = { command: launch.command, args: launch.args, transport: TransportKind.stdio };
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

/** One actionable error: what was tried, how to fix it, and a button that opens the setting. */
async function showStartError(message, setting) {
  output.error(message);
  const open = 'Open Settings';
  const choice = await vscode.window.showErrorMessage(`R-ICE: ${message}`, open, 'Show Output');
  if (choice === open) vscode.commands.executeCommand('workbench.action.openSettings', setting);
  if (choice === 'Show Output') output.show(true);
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
  const found = await findServer(extensionContext);
  if (found.error) {
    showStartError(found.error, found.setting);
    return;
  }
  const { launch } = found;
  output.info(`starting the R-ICE language server (from ${launch.source}): ${describe(launch)}`);
  client = createClient(launch);
  client.onNotification('rice/workspaceTotal', updateStatus);
  try {
    await client.start();
  } catch (error) {
    const setting = launch.source === 'rice.path' ? 'rice.path' : 'rice.pythonPath';
    showStartError(
      `could not start "${describe(launch)}" (from ${launch.source}): ${error.message || error}. Set rice.path or rice.pythonPath to an installation of R-ICE; details in the R-ICE output.`,
      setting,
    );
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
  if (event.affectsConfiguration('rice.pythonPath') || event.affectsConfiguration('rice.path')) {
    restartClient();
    return;
  }
  if (!config().get('statusBar.enabled', true)) statusItem.hide();
  if (client && client.isRunning()) {
    client.sendNotification('workspace/didChangeConfiguration', { settings: { [SECTION]: currentServerSettings() } });
  }
}

let extensionContext;

async function activate(context) {
  extensionContext = context;
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
