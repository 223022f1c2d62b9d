import { createAnthropic } from '@ai-sdk/anthropic';
import { streamText } from 'ai';

const anthropic = createAnthropic({
  headers: { 'anthropic-beta': 'prompt-caching-2024-07-31' },
});

export async function POST(req: Request) {
  const { prompt }: { prompt: string } = await req.json();

  const result = await streamText({
    model: anthropic('claude-3-haiku-20240307'),
    prompt,
  });

  return result.toTextStreamResponse();
}
