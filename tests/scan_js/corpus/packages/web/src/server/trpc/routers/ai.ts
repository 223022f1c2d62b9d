import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const aiRouter = createTRPCRouter({
  rewrite: protectedProcedure
    .input(z.object({ text: z.string().max(4000), style: z.enum(["formal", "casual"]) }))
    .mutation(async ({ input, ctx }) => {
      const completion = await ctx.openai.chat.completions.create({
        model: "gpt-4o",
        messages: [
          { role: "system", content: `Rewrite the text in a ${input.style} style. Keep the meaning.` },
          { role: "user", content: input.text },
        ],
      });
      await ctx.db.usage.create({ data: { userId: ctx.session.user.id, kind: "rewrite" } });
      return completion.choices[0]?.message.content ?? "";
    }),
});
