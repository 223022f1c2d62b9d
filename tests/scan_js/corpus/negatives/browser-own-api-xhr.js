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

// An image classifier on Hugging Face Inference: the body is the picture's bytes, not a JSON request to an LLM.
async function classify(picture, token) {
  return fetch("https://api-inference.huggingface.co/models/google/vit-base-patch16-224", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/octet-stream" },
    body: new Blob([picture], { type: "image/jpeg" }),
  });
}
