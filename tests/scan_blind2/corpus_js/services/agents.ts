import Anthropic from "@anthropic-ai/sdk";

abstract class BaseAgent {
  protected client = new Anthropic();
  protected abstract readonly model: string;
  protected abstract readonly system: string;

  async run(input: string): Promise<string> {
    const msg = await this.client.messages.create({
      model: this.model,
      max_tokens: 2048,
      system: this.system,
      messages: [{ role: "user", content: input }],
    });
    return msg.content.map((b) => (b.type === "text" ? b.text : "")).join("");
  }
}

export class CodeReviewer extends BaseAgent {
  protected readonly model = "claude-sonnet-4-20250514";
  protected readonly system = "You review TypeScript pull requests.";
}
