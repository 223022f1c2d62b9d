import OpenAI from "openai";

// Ollama exposes an OpenAI-compatible API on /v1.
const local = new OpenAI({ baseURL: "http://localhost:11434/v1", apiKey: "ollama" });

export async function explainCommand(command) {
  const res = await local.chat.completions.create({
    model: "llama3.2",
    messages: [
      { role: "system", content: "Explain shell commands in one short paragraph." },
      { role: "user", content: command },
    ],
  });
  return res.choices[0].message.content;
}
