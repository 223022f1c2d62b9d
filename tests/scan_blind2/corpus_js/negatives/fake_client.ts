type Msg = { role: string; content: string };

export class FakeOpenAI {
  chat = {
    completions: {
      create: async (req: { model: string; messages: Msg[] }) => ({
        choices: [{ message: { role: "assistant", content: `echo: ${req.messages.at(-1)?.content}` } }],
      }),
    },
  };
}

export async function offlineDemo() {
  const client = new FakeOpenAI();
  return client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] });
}
