"""Settings of a small fine-tuning project, read with ``from settings import *``."""

BASE_MODEL = "Qwen/Qwen2.5-0.5B-Instruct"
OUTPUT_DIR = "./runs/sft/final"
