import datetime

import pytest

from tests.conftest import build_site_tree
from tests.events.support import build_event_tree, make_event


@pytest.mark.django_db
def test_pages_render(client):
    tree = build_event_tree(build_site_tree())
    event = make_event(
        tree["index"],
        title="Mission",
        all_day=True,
        time_zone="America/Chicago",
        registration="portal",
        capacity=2,
        sessions=[{"title": "Welcome", "start_time": datetime.time(9)}],
        figures=[{"value": 400, "label": "attendees", "at_least": True}],
        strategic_areas=[tree["medtech"]],
    )
    for url in [
        tree["index"].url,
        tree["index"].url + "past/",
        tree["index"].url + "feed/ics/",
        tree["index"].url + "feed/medtech/ics/",
        event.url,
        event.url + "ics/",
        event.url + "register/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
    print(client.get(event.url + "ics/").content.decode()[-900:])
    response = client.post(
        event.url + "register/",
        {"name": "A B", "email": "a@example.org", "organisation": "X"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    done = client.get(response["Location"])
    assert b"You are registered" in done.content
