// A browser chat page that reaches providers through same-origin proxies (/openai/..., /claude/...) and the
// Hugging Face Inference API; each body names its model or the URL does.
const headers = { "Content-Type": "application/json" };

export async function askOpenAI(messages) {
  const res = await fetch("/openai/v1/chat/completions", {
    method: "POST",
    headers,
    body: JSON.stringify({ model: "gpt-4.1-mini", messages, max_tokens: 400 }),
  });
  return res.json();
}

export async function askClaude(system, messages) {
  const res = await fetch("/claude/v1/messages", {
    method: "POST",
    headers: { ...headers, "anthropic-version": "2023-06-01" },
    body: JSON.stringify({ model: "claude-3-5-haiku-20241022", system, messages, max_tokens: 300 }),
  });
  return res.json();
}

export async function askGemini(text) {
  const res = await fetch("/google/v1beta/models/gemini-1.5-flash:generateContent", {
    method: "POST",
    headers,
    body: JSON.stringify({ contents: [{ parts: [{ text }] }] }),
  });
  return res.json();
}

export async function askZephyr(token, inputs) {
  const res = await fetch("https://api-inference.huggingface.co/models/HuggingFaceH4/zephyr-7b-beta", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ inputs, parameters: { max_new_tokens: 150 } }),
  });
  return res.json();
}
