import Anthropic from "@anthropic-ai/sdk";
import fs from "node:fs";
import path from "node:path";
import { logger } from "../lib/logger";

const SUPPORT_PROMPT = fs.readFileSync(path.join(__dirname, "../prompts/support.txt"), "utf8");

export interface Ticket {
  id: string;
  customerMessage: string;
  history: { role: "user" | "assistant"; content: string }[];
}

export class SupportService {
  private client = new Anthropic();
  private readonly model = "claude-3-5-sonnet-20241022";

  async draftReply(ticket: Ticket): Promise<string> {
    logger.info({ ticket: ticket.id }, "drafting reply");
    const response = await this.client.messages.create({
      model: "claude-3-5-sonnet-20241022",
      max_tokens: 1024,
      system: SUPPORT_PROMPT,
      messages: [...ticket.history, { role: "user", content: ticket.customerMessage }],
    });
    const block = response.content[0];
    return block.type === "text" ? block.text : "";
  }

  async countOpenTickets(): Promise<number> {
    return 0;
  }
}
