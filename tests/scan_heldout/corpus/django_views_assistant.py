import json

from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from anthropic import Anthropic

_client = None


def get_client() -> Anthropic:
    global _client
    if _client is None:
        _client = Anthropic()
    return _client


@csrf_exempt
@require_POST
def draft_reply(request):
    try:
        payload = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("invalid json")
    customer_msg = payload.get("message", "")
    tone = payload.get("tone", "friendly")
    result = get_client().messages.create(
        model="claude-3-opus-20240229",
        max_tokens=600,
        system=f"You write {tone} customer support replies for ACME Corp.",
        messages=[{"role": "user", "content": customer_msg}],
    )
    return JsonResponse({"draft": result.content[0].text})
