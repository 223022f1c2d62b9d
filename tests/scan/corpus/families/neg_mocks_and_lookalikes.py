"""Tests and look-alike method names in an LLM app."""

from unittest.mock import MagicMock

import requests
from llama_index.core import Document
from sqlalchemy.orm import Session


def test_query_engine_is_called():
    engine = MagicMock()
    engine.query("What is R-ICE?")
    engine.query.assert_called_once()


def search(search_engine, text: str):
    return search_engine.query(text)


def users(session: Session):
    return session.query(Document).all()


def relay(message: str, backend: str) -> dict:
    return requests.post(f"{backend}/api/chat", json={"message": message}).json()


class Launcher:
    def kickoff(self) -> None:
        print("3, 2, 1")


Launcher().kickoff()
