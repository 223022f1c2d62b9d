import ollama from "ollama";

export async function haiku(topic) {
  const response = await ollama.chat({
    model: "llama3.2",
    messages: [{ role: "user", content: `Write a haiku about ${topic}` }],
  });
  return response.message.content;
}
