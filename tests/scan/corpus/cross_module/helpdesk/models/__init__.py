from .chat import chat_model, make_model

__all__ = ["chat_model", "make_model"]
