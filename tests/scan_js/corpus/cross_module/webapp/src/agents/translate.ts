import writer, { createTranslator } from "../lib/chains";

export async function translate(text: string) {
  const translated = await createTranslator("French").invoke({ text });
  const note = await writer.invoke(`Write a one-line note about this translation: ${translated.content}`);
  return { translated: translated.content, note: note.content };
}
