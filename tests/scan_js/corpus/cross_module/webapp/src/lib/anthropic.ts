// A replay cache shaped like the SDK, used by the offline demo.
const cache = new Map<string, string>();
export const anthropic = {
  messages: {
    create: async (request: { model: string; max_tokens: number; messages: { content: string }[] }) =>
      cache.get(request.messages.map((m) => m.content).join("\n")) ?? "",
  },
};
