"""A sentiment classifier: a pipeline, but not text generation."""
from transformers import pipeline

classifier = pipeline("sentiment-analysis", model="distilbert-base-uncased-finetuned-sst-2-english")
ner = pipeline("ner", aggregation_strategy="simple")


def score(texts):
    return classifier(texts)


def entities(text):
    return ner(text)
