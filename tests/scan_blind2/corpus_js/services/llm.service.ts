import { Injectable, Logger } from "@nestjs/common";
import OpenAI from "openai";

@Injectable()
export class LlmService {
  private readonly logger = new Logger(LlmService.name);
  private readonly model = "gpt-4.1-mini";

  constructor(private readonly openai: OpenAI) {}

  async extractKeywords(text: string): Promise<string[]> {
    const res = await this.openai.chat.completions.create({
      model: this.model,
      response_format: { type: "json_object" },
      messages: [
        { role: "system", content: 'Return {"keywords": string[]}' },
        { role: "user", content: text },
      ],
    });
    this.logger.debug(res.usage);
    return JSON.parse(res.choices[0].message.content ?? "{}").keywords ?? [];
  }
}
