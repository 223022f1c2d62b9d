// A fake OpenAI-shaped client for Storybook stories and offline demos. Makes no network call.
export class FakeLLM {
  constructor(replies = ["Hello from the fake model."]) {
    this.replies = replies;
    this.calls = 0;
    this.chat = {
      completions: {
        create: async ({ messages }) => {
          const reply = this.replies[this.calls++ % this.replies.length];
          return { choices: [{ message: { role: "assistant", content: reply } }], echo: messages.length };
        },
      },
    };
  }
}

export async function demo() {
  const fake = new FakeLLM();
  const res = await fake.chat.completions.create({ messages: [{ role: "user", content: "hi" }] });
  return res.choices[0].message.content;
}
