// Shared LangChain settings: one place for the model options.
export function chatConfig(model: string, maxTokens = 400) {
  return {
    model,
    maxTokens,
    temperature: 0,
    configuration: { baseURL: process.env.LLM_BASE_URL },
  };
}
