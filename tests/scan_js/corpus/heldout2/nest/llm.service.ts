import { Inject, Injectable, Logger } from "@nestjs/common";
import OpenAI from "openai";
import { OPENAI_CLIENT } from "./llm.constants";

@Injectable()
export class LlmService {
  private readonly logger = new Logger(LlmService.name);

  constructor(@Inject(OPENAI_CLIENT) private readonly openai: OpenAI) {}

  async classifyTicket(subject: string, body: string): Promise<string> {
    const completion = await this.openai.chat.completions.create({
      model: "gpt-4o-mini",
      temperature: 0,
      max_tokens: 10,
      messages: [
        { role: "system", content: "Classify the ticket as: billing, outage, feature-request, other." },
        { role: "user", content: `${subject}\n\n${body}` },
      ],
    });
    const label = completion.choices[0].message.content?.trim() ?? "other";
    this.logger.debug(`ticket classified as ${label}`);
    return label;
  }
}
