// A script whose helpers take the model name as a parameter: `extract` is always called with one model, `compare`
// with two, so only the first call's model is known.
import ollama from "ollama";

async function extract(model: string, text: string) {
  const response = await ollama.chat({ model, messages: [{ role: "user", content: text }], format: "json" });
  return JSON.parse(response.message.content);
}

async function compare(model: string, question: string) {
  const response = await ollama.generate({ model: model, prompt: question, options: { num_predict: 64 } });
  return response.response;
}

await extract("qwen2.5:7b", "List the people in: Ana met Bo.");
await extract("qwen2.5:7b", "List the places in: Ana went to Oslo.");
await compare("llama3.2:3b", "Why is the sky blue?");
await compare("phi3:mini", "Why is the sky blue?");
