import OpenAI from "openai";
import { Queue, Worker, type Job } from "bullmq";

interface ReviewJob {
  repo: string;
  diff: string;
}

export class ReviewWorker {
  private openai: OpenAI;
  private worker: Worker<ReviewJob>;

  constructor(connection: { host: string; port: number }) {
    this.openai = new OpenAI({ timeout: 60_000 });
    this.worker = new Worker<ReviewJob>("reviews", (job) => this.review(job), { connection });
  }

  async review(job: Job<ReviewJob>): Promise<string> {
    const completion = await this.openai.chat.completions.create({
      model: "o4-mini",
      max_completion_tokens: 2000,
      messages: [
        { role: "developer", content: "Review the diff. List bugs first, then style issues." },
        { role: "user", content: `Repository: ${job.data.repo}\n\n${job.data.diff}` },
      ],
    });
    return completion.choices[0].message.content ?? "";
  }

  async healthCheck(): Promise<boolean> {
    // rice: ignore
    const res = await this.openai.chat.completions.create({
      model: "gpt-4o-mini",
      max_tokens: 1,
      messages: [{ role: "user", content: "ping" }],
    });
    return res.choices.length > 0;
  }
}

export const reviewQueue = new Queue<ReviewJob>("reviews");
