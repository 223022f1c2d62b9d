import * as vscode from "vscode";
import OpenAI from "openai";

let client: OpenAI | undefined;

function getClient(): OpenAI {
  if (!client) {
    client = new OpenAI({ apiKey: vscode.workspace.getConfiguration("docwriter").get<string>("apiKey") });
  }
  return client;
}

export function activate(context: vscode.ExtensionContext) {
  const cmd = vscode.commands.registerCommand("docwriter.generateDocstring", async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const code = editor.document.getText(editor.selection);
    const model = vscode.workspace.getConfiguration("docwriter").get<string>("model", "gpt-4o");
    const completion = await getClient().chat.completions.create({
      model,
      messages: [
        { role: "system", content: "Write a JSDoc comment for the function. Output only the comment." },
        { role: "user", content: code },
      ],
      max_tokens: 300,
    });
    const doc = completion.choices[0].message.content ?? "";
    await editor.edit((b) => b.insert(editor.selection.start, doc + "\n"));
  });
  context.subscriptions.push(cmd);
}

export function deactivate() {}
