// Type declarations for the in-house LLM gateway client.
declare module "@acme/llm-gateway" {
  export interface CompletionParams {
    model: string;
    messages: { role: string; content: string }[];
    max_tokens?: number;
  }
  export interface Gateway {
    chat: { completions: { create(params: CompletionParams): Promise<{ text: string }> } };
  }
  export function generateText(params: { model: string; prompt: string }): Promise<string>;
  export function createGateway(options: { baseURL: string }): Gateway;
}
