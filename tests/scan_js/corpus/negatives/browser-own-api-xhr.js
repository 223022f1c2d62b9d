// Browser code that posts to the app's own API with XMLHttpRequest (the server decides what to call), reads
// a model list from Ollama with GET, and forwards a body to a route of its own: none of these is an LLM request.
function saveDraft(text) {
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/api/chat", true);
  xhr.setRequestHeader("Content-Type", "application/json");
  xhr.send(JSON.stringify({ model: "llama3.2", prompt: text }));
}

function listModels(show) {
  const req = new XMLHttpRequest();
  req.open("GET", "http://localhost:11434/api/tags");
  req.onload = () => show(JSON.parse(req.responseText).models);
  req.send();
}

async function forward(body) {
  return fetch("/api/generate", { method: "POST", body: JSON.stringify(body) });
}
