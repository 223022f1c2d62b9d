from django.core.management.base import BaseCommand

from notes_app.llm_client import DEFAULT_MODEL, client
from notes_app.models import Note


class Command(BaseCommand):
    help = "Generate a title for every note that has none."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        qs = Note.objects.filter(title="").order_by("id")[: options["limit"]]
        for note in qs.iterator():
            title = self._title_for(note.body)
            self.stdout.write(f"{note.pk}: {title}")
            if not options["dry_run"]:
                note.title = title
                note.save(update_fields=["title"])

    def _title_for(self, body: str) -> str:
        r = client.chat.completions.create(
            model=DEFAULT_MODEL,
            max_tokens=20,
            messages=[{"role": "user", "content": f"Give a 6-word title for this note:\n\n{body[:4000]}"}],
        )
        return r.choices[0].message.content.strip().strip('"')
