"use client";

import { useChat } from "ai/react";
import { useState } from "react";

export function ChatPanel({ conversationId }: { conversationId: string }) {
  const { messages, input, handleInputChange, handleSubmit, isLoading } = useChat({
    api: "/api/chat",
    body: { conversationId },
  });
  const [copied, setCopied] = useState(false);

  return (
    <div className="flex flex-col gap-2">
      {messages.map((m) => (
        <div key={m.id} className={m.role === "user" ? "text-right" : "text-left"}>
          {m.content}
        </div>
      ))}
      <form onSubmit={handleSubmit}>
        <input value={input} onChange={handleInputChange} disabled={isLoading} placeholder="Ask about our products" />
      </form>
      <button onClick={() => { navigator.clipboard.writeText(messages.map((m) => m.content).join("\n")); setCopied(true); }}>
        {copied ? "Copied" : "Copy transcript"}
      </button>
    </div>
  );
}
