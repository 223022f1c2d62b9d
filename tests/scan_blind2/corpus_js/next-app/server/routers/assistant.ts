import { z } from "zod";
import { router, protectedProcedure } from "../trpc";

export const assistantRouter = router({
  ask: protectedProcedure
    .input(z.object({ question: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const completion = await ctx.openai.chat.completions.create({
        model: "gpt-4o",
        messages: [{ role: "user", content: input.question }],
        temperature: 0.3,
      });
      return { answer: completion.choices[0].message.content };
    }),
});
