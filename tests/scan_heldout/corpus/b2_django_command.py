from django.core.management.base import BaseCommand
from openai import OpenAI

from products.models import Product


class Command(BaseCommand):
    help = "Fill missing product SEO descriptions"

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=50)

    def handle(self, *args, **options):
        self.client = OpenAI()
        for product in Product.objects.filter(seo_description="")[: options["limit"]]:
            product.seo_description = self.describe(product)
            product.save()

    def describe(self, product) -> str:
        r = self.client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"SEO description (max 155 chars) for {product.name}"}],
            max_tokens=80,
        )
        return r.choices[0].message.content
