import { z } from "zod";
import { router, protectedProcedure } from "../trpc";
import { openaiClient, DEFAULT_MODEL } from "../../lib/openai";

export const summarizeRouter = router({
  thread: protectedProcedure
    .input(z.object({ threadId: z.string(), maxWords: z.number().default(80) }))
    .mutation(async ({ ctx, input }) => {
      const posts = await ctx.db.post.findMany({ where: { threadId: input.threadId } });
      const text = posts.map((p) => `${p.author}: ${p.body}`).join("\n");
      const completion = await openaiClient.chat.completions.create({
        model: DEFAULT_MODEL,
        messages: [
          { role: "system", content: `Summarise the forum thread in at most ${input.maxWords} words.` },
          { role: "user", content: text },
        ],
      });
      return completion.choices[0]?.message?.content ?? "";
    }),
});
