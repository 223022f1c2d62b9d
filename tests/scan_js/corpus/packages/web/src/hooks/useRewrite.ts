"use client";

import { useCompletion } from "ai/react";
import { api } from "@/trpc/react";

export function useRewrite() {
  const mutation = api.ai.rewrite.useMutation();
  const completion = useCompletion({ api: "/api/completion" });
  return {
    rewrite: (text: string, style: "formal" | "casual") => mutation.mutateAsync({ text, style }),
    complete: completion.complete,
    isLoading: mutation.isPending || completion.isLoading,
  };
}
