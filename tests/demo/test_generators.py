"""manage.py generate_events and generate_projects: content at scale, repeatable."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from events.models import EventPage
from projects.models import ProjectPage
from tests.conftest import build_site_tree
from tests.events.support import build_event_tree
from tests.members.support import build_member_tree
from tests.projects.support import build_project_tree

GENERATORS = [
    ("generate_events", build_event_tree, EventPage, "Generated event"),
    ("generate_projects", build_project_tree, ProjectPage, "Generated project"),
]


def generate(command, *args):
    call_command(command, *args, stdout=StringIO())


def generated(model, index, name):
    return list(
        model.objects.child_of(index)
        .filter(title__startswith=name)
        .order_by("path")
        .values_list("title", flat=True)
    )


def fingerprint(model, index):
    pages = model.objects.child_of(index).order_by("path")
    return [
        (page.title, sorted(area.slug for area in page.strategic_areas.all()))
        for page in pages
    ]


def section_index(model):
    """The builder's key for the index of `model`'s section: "events_index"."""
    return f"{model._meta.app_label}_index"


@pytest.mark.parametrize(("command", "build", "model", "name"), GENERATORS)
def test_adds_live_pages_numbered_after_those_already_there(
    db, command, build, model, name
):
    index = build(build_member_tree(build_site_tree()))[section_index(model)]
    generate(command, "--count", "3")
    generate(command, "--count", "2")
    titles = generated(model, index, name)
    assert titles == [f"{name} {number:05}" for number in range(1, 6)]
    pages = model.objects.child_of(index)
    assert pages.live().count() == 5
    assert all(page.strategic_areas.exists() for page in pages)


@pytest.mark.parametrize(("command", "build", "model", "name"), GENERATORS)
def test_the_same_seed_gives_the_same_pages(db, command, build, model, name):
    index = build(build_member_tree(build_site_tree()))[section_index(model)]
    generate(command, "--count", "4", "--seed", "7")
    first = fingerprint(model, index)
    model.objects.child_of(index).delete()
    generate(command, "--count", "4", "--seed", "7")
    assert fingerprint(model, index) == first


@pytest.mark.parametrize(("command", "build", "model", "name"), GENERATORS)
@pytest.mark.parametrize("count", ["0", "-5", "20001"])
def test_a_count_out_of_bounds_is_refused(db, command, build, model, name, count):
    build(build_member_tree(build_site_tree()))
    with pytest.raises(CommandError, match="between 1 and 20000"):
        generate(command, "--count", count)
    assert not model.objects.exists()


@pytest.mark.parametrize(("command", "build", "model", "name"), GENERATORS)
def test_without_an_index_it_says_what_to_run(db, command, build, model, name):
    build_site_tree()
    with pytest.raises(CommandError, match="run load_demo_content"):
        generate(command, "--count", "1")
