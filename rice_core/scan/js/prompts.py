"""Prompts of a matched call as chat messages: message arrays, LangChain messages and templates, plain strings.

Every piece of text is folded by the evaluator; what cannot be known statically is a placeholder counted as
``placeholder_tokens`` tokens each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rice_core.scan.js.parse import text_of
from rice_core.scan.js.values import Evaluator, Text, hole

SYSTEM_KEYS = frozenset({"system", "instructions", "systemInstruction", "config.systemInstruction", "preamble"})
_MESSAGE_CLASSES = {
    "SystemMessage": "system",
    "HumanMessage": "user",
    "AIMessage": "assistant",
    "ChatMessage": "user",
    "ToolMessage": "tool",
    "FunctionMessage": "function",
}
_LC_ROLES = {
    "human": "user",
    "ai": "assistant",
    "system": "system",
    "user": "user",
    "assistant": "assistant",
    "placeholder": "user",
}
_TEMPLATE_VAR = re.compile(r"(?<!\{)\{\s*[A-Za-z_][\w.]*\s*\}(?!\})")
_TEMPLATE_FACTORIES = frozenset({"fromTemplate", "fromMessages", "fromPromptMessages"})


@dataclass
class Message:
    role: str
    text: Text


@dataclass
class PromptPieces:
    messages: list[Message]
    chat: bool  # True: count as chat messages; False: one plain string
    resolved: bool  # False: no literal text of the prompt is statically known


class PromptReader:
    def __init__(self, evaluator: Evaluator) -> None:
        self.ev = evaluator

    def pieces(self, parts: list[tuple[str, Any]]) -> PromptPieces:
        """Messages of (key, node) prompt arguments; keys decide system vs user role."""
        messages: list[Message] = []
        chat = len(parts) > 1
        for key, node in parts:
            if key in SYSTEM_KEYS:
                messages.append(Message("system", self.content(node)))
                continue
            target = self.ev.deref(node)
            if target is not None and target.type == "array":
                chat = True
                messages.extend(self.messages(target))
            elif target is not None and target.type == "object" and "content" in self.ev.object_pairs(target):
                chat = True
                messages.append(self._object_message(target, "user"))
            else:
                messages.append(Message("user", self.content(node)))
        resolved = any(m.text.value.strip() for m in messages)
        return PromptPieces(messages, chat, resolved)

    def template(self, node: Any) -> list[Message]:
        """Messages of a LangChain prompt template: `{var}` placeholders count as holes."""
        target = self.ev.deref(node)
        if target is None or target.type != "call_expression":
            return []
        func, args = target.child_by_field_name("function"), target.child_by_field_name("arguments")
        if text_of(func).split(".")[-1] not in _TEMPLATE_FACTORIES or args is None or not args.named_children:
            return []
        first = args.named_children[0]
        target_first = self.ev.deref(first)
        if target_first is not None and target_first.type == "array":
            found = self.messages(target_first)
        else:
            found = [Message("user", self.content(first))]
        return [Message(m.role, _with_template_holes(m.text)) for m in found]

    def messages(self, array: Any) -> list[Message]:
        out: list[Message] = []
        for item in array.named_children:
            if item.type == "spread_element":
                out.append(Message("user", hole()))
                continue
            out.append(self._message(self.ev.deref(item) or item))
        return out

    def _message(self, item: Any) -> Message:
        kind = item.type
        if kind == "object":
            return self._object_message(item, "user")
        if kind in ("new_expression", "call_expression"):
            ctor = item.child_by_field_name("constructor") or item.child_by_field_name("function")
            role = _MESSAGE_CLASSES.get(text_of(ctor).split(".")[-1])
            args = item.child_by_field_name("arguments")
            first = args.named_children[0] if args is not None and args.named_children else None
            if role is not None and first is not None:
                obj = self.ev.deref(first)
                if obj is not None and obj.type == "object":
                    return self._object_message(obj, role)
                return Message(role, self.content(first))
        if kind == "array" and len(item.named_children) == 2:  # ["system", "You are ..."]
            role_text = self.ev.text(item.named_children[0])
            return Message(_LC_ROLES.get(role_text.value, "user"), self.content(item.named_children[1]))
        return Message("user", self.content(item))

    def _object_message(self, obj: Any, role: str) -> Message:
        pairs = self.ev.object_pairs(obj)
        role_node = pairs.get("role")
        role = self.ev.text(role_node).value or role if role_node is not None else role
        body = pairs.get("content", pairs.get("parts", pairs.get("text")))
        return Message(role, self.content(body) if body is not None else hole())

    def content(self, node: Any) -> Text:
        """Text of a message content: a string, or an array of parts ({type: "text", text} / {text})."""
        target = self.ev.deref(node)
        if target is None or target.type != "array":
            return self.ev.text(node)
        out = Text()
        for part in target.named_children:
            obj = self.ev.deref(part)
            if obj is not None and obj.type == "object":
                pairs = self.ev.object_pairs(obj)
                if "text" in pairs:
                    out.add(self.ev.text(pairs["text"]))
            else:
                out.add(self.ev.text(part))
        return out


def _with_template_holes(text: Text) -> Text:
    literal = text.value
    holes = len(_TEMPLATE_VAR.findall(literal))
    stripped = _TEMPLATE_VAR.sub("", literal).replace("{{", "{").replace("}}", "}")
    return Text([stripped], text.holes + holes, text.via | ({"template"} if holes else set()), text.env_name)
