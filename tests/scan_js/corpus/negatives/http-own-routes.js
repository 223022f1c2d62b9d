// Look-alikes: the app's own routes (no model in the body), a Slack post whose path starts like Ollama's, and a
// Hugging Face Inference call to an embedding model.
export async function send(message) {
  await fetch("/api/chat", { method: "POST", body: JSON.stringify({ message }) });
  await fetch("/v1/chat/completions", { method: "POST", body: JSON.stringify({ text: message }) });
  await fetch("https://slack.com/api/chat.postMessage", { method: "POST", body: JSON.stringify({ text: message }) });
  await fetch("https://api-inference.huggingface.co/models/sentence-transformers/all-MiniLM-L6-v2", {
    method: "POST",
    body: JSON.stringify({ inputs: [message] }),
  });
}
