import { generateText } from 'ai'
import { openai } from '@ai-sdk/openai'

export async function POST(request) {
  const { content } = await request.json()
  const { text } = await generateText({
    model: openai(process.env.TITLE_MODEL ?? 'gpt-4o-mini'),
    prompt: `Suggest a title for this note:\n\n${content}`,
    maxTokens: 20,
  })
  return Response.json({ title: text })
}
