"""Dash callbacks of the chat page: no SDK is named here; the chain comes from memory_chain.py."""

from dash import Input, Output, State, callback

from pages.chat.memory_chain import conversation


@callback(Output("history", "data"), Input("send", "n_clicks"), State("question", "value"), State("history", "data"))
def on_send(n_clicks, question, history):
    if not n_clicks or not question:
        return history
    answer = conversation.predict(input=question)
    return f"{history}\nYou: {question}\nBot: {answer}"
