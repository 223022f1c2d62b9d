import { openai } from "@ai-sdk/openai";
import { createDataStreamResponse, streamText } from "ai";

export async function POST(req: Request) {
  const { messages } = await req.json();

  return createDataStreamResponse({
    execute: (dataStream) => {
      dataStream.writeData("initialized call");
      const result = streamText({
        model: openai("gpt-4o"),
        messages,
        onFinish() {
          dataStream.writeMessageAnnotation({ done: true });
        },
      });
      result.mergeIntoDataStream(dataStream);
    },
    onError: (error) => (error instanceof Error ? error.message : String(error)),
  });
}
