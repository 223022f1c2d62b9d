"""The entry script: builds the model in a factory module and gives it to the service."""

from career_app.llm.openai_model import create_model
from career_app.services.advisor import CareerAdvisor

advisor = CareerAdvisor(create_model())
print(advisor.suggest("likes maths and people"))
