import OpenAI from "openai";
import type { CreateNextContextOptions } from "@trpc/server/adapters/next";

const openai = new OpenAI();

export async function createContext({ req }: CreateNextContextOptions) {
  return { openai, userId: req.headers["x-user-id"] as string | undefined };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
