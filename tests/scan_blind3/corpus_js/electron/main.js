const { app, BrowserWindow, ipcMain } = require("electron");
const path = require("node:path");
const { Ollama } = require("ollama");

const ollama = new Ollama({ host: "http://127.0.0.1:11434" });
const LOCAL_MODEL = "llama3.2";

function createWindow() {
  const win = new BrowserWindow({
    width: 900,
    height: 700,
    webPreferences: { preload: path.join(__dirname, "preload.js") },
  });
  win.loadFile("index.html");
}

ipcMain.handle("notes:ask", async (_event, question, notes) => {
  const response = await ollama.chat({
    model: LOCAL_MODEL,
    messages: [
      { role: "system", content: "Answer from these notes only:\n" + notes },
      { role: "user", content: question },
    ],
  });
  return response.message.content;
});

app.whenReady().then(createWindow);
app.on("window-all-closed", () => process.platform !== "darwin" && app.quit());
