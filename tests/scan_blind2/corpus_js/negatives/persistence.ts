import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

export async function saveTurn(conversationId: string, content: string) {
  await prisma.message.create({ data: { conversationId, model: "gpt-4o", role: "assistant", content } });
  return prisma.conversation.update({ where: { id: conversationId }, data: { updatedAt: new Date() } });
}
