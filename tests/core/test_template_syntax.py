"""Template pitfalls Django does not report: they render as visible text."""

from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def test_every_short_comment_closes_on_its_own_line():
    # Django's {# … #} comment is one line only: spread over two, it is shown
    # to visitors as text. Longer notes use {% comment %}.
    unclosed = [
        f"{path.relative_to(TEMPLATES)}:{number}"
        for path in sorted(TEMPLATES.rglob("*.html"))
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if line.count("{#") != line.count("#}")
    ]
    assert unclosed == []
