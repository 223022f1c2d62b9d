"use client";

import { useChat } from "@ai-sdk/react";
import { useState } from "react";

export default function Chat() {
  const { messages, sendMessage } = useChat();
  const [input, setInput] = useState("");

  async function legacySend() {
    await fetch("/api/chat", { method: "POST", body: JSON.stringify({ model: "gpt-4o", messages }) });
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        sendMessage({ text: input });
        setInput("");
      }}
    >
      {messages.map((m) => (
        <div key={m.id}>{m.role}: {m.parts.map((p) => (p.type === "text" ? p.text : "")).join("")}</div>
      ))}
      <input value={input} onChange={(e) => setInput(e.target.value)} onBlur={legacySend} />
    </form>
  );
}
