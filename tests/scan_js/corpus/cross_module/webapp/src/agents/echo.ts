import { chatModel } from "@/lib/chat";

export const echo = async (text: string) => (await chatModel.invoke(`Repeat politely: ${text}`)).content;
