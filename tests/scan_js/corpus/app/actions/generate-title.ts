"use server";

import { anthropic } from "@ai-sdk/anthropic";
import { generateText } from "ai";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";

const TITLE_MODEL = "claude-3-5-haiku-latest";

export async function generateTitle(conversationId: string, firstMessage: string) {
  const { text } = await generateText({
    model: anthropic(TITLE_MODEL),
    system: "Write a title of at most six words for the conversation. Reply with the title only.",
    prompt: firstMessage,
    maxTokens: 24,
  });

  await db.conversation.update({ where: { id: conversationId }, data: { title: text.trim() } });
  revalidatePath(`/chat/${conversationId}`);
  return text;
}
