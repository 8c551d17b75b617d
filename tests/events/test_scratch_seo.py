import datetime, json
from bs4 import BeautifulSoup
from django.test import TestCase
from django.utils import timezone
from cluster_portal.core.factories import OrganisationFactory
from events.factories import RegistrationFactory
from tests.conftest import build_site_tree
from tests.core.helpers import make_image
from tests.events.support import build_event_tree, make_event
from tests.members.support import build_member_tree, make_member
import zoneinfo

CHI = zoneinfo.ZoneInfo("America/Chicago")

class T(TestCase):
    def test_it(self):
        tree = build_member_tree(build_event_tree(build_site_tree()))
        m = make_member(tree["directory"], title="MedCo", slug="medco")
        o = OrganisationFactory(name="AWEX", website="https://awex.example")
        ev = make_event(tree["index"], title="Mission", slug="mission", time_zone="America/Chicago",
            start=datetime.datetime(2031, 5, 12, 9, tzinfo=CHI), end=datetime.datetime(2031, 5, 14, 17, tzinfo=CHI),
            city="Minneapolis", country="US", venue="Convention Center", street_address="1301 2nd Ave S", postcode="55403",
            attendance_mode="hybrid", lead_image=make_image("x", width=1600, height=900),
            participants=[{"member": m, "role": "organiser"}, {"organisation": o, "role": "organiser"}, {"organisation": o, "role": "partner"}],
            sessions=[{"title": "A", "start_time": datetime.time(9), "speakers": "Jane Doe (Trasis), John Roe"},
                      {"title": "B", "start_time": datetime.time(10), "speakers": "John Roe, Ann Smith (UCLouvain, Brussels)"}],
            registration="portal", capacity=1, waiting_list=False)
        RegistrationFactory(event=ev, name="Secret Person", email="secret@example.org")
        for url in ["/en/events/mission/", "/en/events/", "/en/events/past/", "/en/events/mission/register/"]:
            r = self.client.get(url)
            soup = BeautifulSoup(r.content, "html.parser")
            print("=====", url, r.status_code)
            for s in soup.select('script[type="application/ld+json"]'):
                print(json.dumps(json.loads(s.string), indent=1))
            for tag in soup.select("head meta, head link"):
                print(tag)
