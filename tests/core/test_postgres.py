"""What only PostgreSQL does for the portal: full-text search with its own parser."""

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from demo.factories.core import StandardPageFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def test_the_suite_runs_on_postgresql_with_its_contrib_app(settings):
    assert connection.vendor == "postgresql"
    assert "django.contrib.postgres" in settings.INSTALLED_APPS


def test_search_uses_the_postgresql_backend_and_stems_words(site_tree, client):
    backend = get_search_backend()
    assert type(backend).__module__.startswith("modelsearch.backends.database.postgres")
    page = StandardPageFactory(
        parent=site_tree["home"],
        title="Radiopharmaceuticals",
        intro="Instruments that control radiolabelled substances.",
    )
    page.save_revision().publish()
    # "instrument" finds "Instruments": PostgreSQL's English stemming.
    response = client.get("/en/search/", {"q": "instrument"})
    assert response.status_code == 200
    assert "Radiopharmaceuticals" in response.content.decode()
