"""Making a listing's filter form costs nothing until it is read or drawn."""

import pytest

from cluster_portal.core.models import Organisation, StrategicArea
from events.filters import EventFilterForm
from events.models import EventPage
from members.filters import MemberFilterForm
from members.models import MemberPage, Sector
from news.filters import NewsFilterForm
from news.models import NewsPage, NewsSeries
from projects.filters import ProjectFilterForm
from projects.models import ProjectPage

DATA = {"area": "health", "year": "2023", "partner": "member-1"}


def forms():
    areas = StrategicArea.objects.all()
    return [
        NewsFilterForm(
            DATA, areas=areas, stories=NewsPage.objects.all(), series=NewsSeries.objects
        ),
        EventFilterForm(
            DATA,
            areas=areas,
            events=EventPage.objects.all(),
            members=MemberPage.objects.all(),
            archive=True,
        ),
        ProjectFilterForm(
            DATA,
            areas=areas,
            projects=ProjectPage.objects.all(),
            members=MemberPage.objects.all(),
            organisations=Organisation.objects.all(),
        ),
        MemberFilterForm(DATA, locale=None, sectors=Sector.objects, areas=areas),
    ]


@pytest.mark.django_db
def test_making_a_filter_form_runs_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        forms()


def draw(form):
    return [
        list(bound.field.choices) for bound in form if hasattr(bound.field, "choices")
    ]


@pytest.mark.django_db
def test_a_form_reads_each_choice_list_once(django_assert_num_queries):
    news, events, projects, _members = forms()
    for form in (news, events, projects):
        form.is_valid()
        draw(form)
    # Validated and drawn once, a form draws again from what it has read.
    with django_assert_num_queries(0):
        for form in (news, events, projects):
            draw(form)
