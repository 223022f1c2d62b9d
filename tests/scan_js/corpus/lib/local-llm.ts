import ollama from "ollama";

const LOCAL_MODEL = "llama3.1:8b";

export async function localChat(question: string) {
  const response = await ollama.chat({
    model: LOCAL_MODEL,
    messages: [{ role: "user", content: question }],
    options: { num_predict: 256, temperature: 0.3 },
  });
  return response.message.content;
}

export async function completeCode(prefix: string) {
  const { response } = await ollama.generate({
    model: "qwen2.5-coder:7b",
    system: "Complete the code. Output code only.",
    prompt: prefix,
  });
  return response;
}

export async function pullModels() {
  await ollama.pull({ model: LOCAL_MODEL });
  return ollama.list();
}
