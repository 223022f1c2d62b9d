// A browser extension's background script: summaries from OpenAI's 2021 engines API (model in the URL path),
// a local Ollama server reached with XMLHttpRequest, and a page that posts its own form to it.
const OLLAMA = "http://localhost:11434/api/generate";

function summarise(text, key) {
  const payload = { prompt: `Summarise in three bullet points:\n${text}\n`, max_tokens: 180, temperature: 0 };
  return fetch("https://api.openai.com/v1/engines/text-curie-001/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify(payload),
  }).then((r) => r.json());
}

function askLocal(question, done) {
  const body = { model: "qwen2.5:0.5b", prompt: question, stream: false, options: { num_predict: 120 } };
  const xhr = new XMLHttpRequest();
  xhr.open("POST", OLLAMA, true);
  xhr.setRequestHeader("Content-Type", "application/json");
  xhr.onload = () => done(JSON.parse(xhr.responseText).response);
  xhr.send(JSON.stringify(body));
}

chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (msg.kind === "summary") summarise(msg.text, msg.key).then(reply);
  if (msg.kind === "local") askLocal(msg.text, reply);
  return true;
});
