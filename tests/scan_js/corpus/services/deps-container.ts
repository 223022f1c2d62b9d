import OpenAI from "openai";

export interface Deps {
  openai: OpenAI;
  logger: { info(msg: string): void };
}

const defaults = { model: "gpt-4.1-nano", temperature: 0 };

export class Suggester {
  constructor(private readonly deps: Deps) {}

  async suggestTags(title: string): Promise<string[]> {
    this.deps.logger.info(`suggesting tags for ${title}`);
    const res = await this.deps.openai.chat.completions.create({
      ...defaults,
      messages: [{ role: "user", content: `Suggest 3 tags for: ${title}` }],
      max_tokens: 30,
    });
    return (res.choices[0].message.content ?? "").split(",");
  }
}
