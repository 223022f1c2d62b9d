"""Nightly DAG: summarise yesterday's support tickets and push them to the warehouse."""
from __future__ import annotations

import os
from datetime import datetime, timedelta

from airflow.decorators import dag, task
from openai import OpenAI

SUMMARY_MODEL = os.environ.get("SUMMARY_MODEL", "gpt-4o-mini")

default_args = {"owner": "data-eng", "retries": 2, "retry_delay": timedelta(minutes=5)}


@dag(schedule="0 3 * * *", start_date=datetime(2024, 1, 1), catchup=False, default_args=default_args)
def ticket_summaries():
    @task
    def extract(ds=None) -> list[dict]:
        from warehouse import fetch_tickets
        return fetch_tickets(day=ds)

    @task
    def summarise(tickets: list[dict]) -> list[dict]:
        client = OpenAI(timeout=60)
        out = []
        for t in tickets:
            completion = client.chat.completions.create(
                model=SUMMARY_MODEL,
                temperature=0.2,
                max_tokens=200,
                messages=[
                    {"role": "system", "content": "Summarise the ticket in two sentences for a weekly report."},
                    {"role": "user", "content": t["body"]},
                ],
            )
            out.append({"id": t["id"], "summary": completion.choices[0].message.content})
        return out

    @task
    def load(rows: list[dict]) -> None:
        from warehouse import upsert
        upsert("ticket_summaries", rows)

    load(summarise(extract()))


ticket_summaries()
