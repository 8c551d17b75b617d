"""Builders shared by the projects tests: an index per language, areas, projects."""

from demo.factories.core import StrategicAreaFactory
from demo.factories.projects import ProjectIndexPageFactory, ProjectPageFactory
from projects.models import ProjectIndexPage, ProjectPage
from tests.core.helpers import publish, translate


def build_project_tree(tree):
    """English and French projects indexes, with two areas and a domain each."""
    home, en, fr = tree["home"], tree["en"], tree["fr"]
    index = publish(ProjectIndexPageFactory(parent=home, locale=en))
    index_fr = translate(
        index, fr, title="Projets", slug="projets", intro="Les projets labellisés."
    )
    # Shares the other trees' areas when one was built first.
    medtech = tree.get("medtech") or StrategicAreaFactory(
        locale=en, name="Medtech", slug="medtech", sort_order=1
    )
    biopharma = tree.get("biopharma") or StrategicAreaFactory(
        locale=en, name="Biopharma", slug="biopharma", sort_order=0
    )
    implants = tree.get("implants") or StrategicAreaFactory(
        locale=en,
        name="Implanted devices",
        slug="implanted-devices",
        parent=medtech,
        domain=True,
    )
    return {
        **tree,
        "projects_index": ProjectIndexPage.objects.get(pk=index.pk),
        "projects_index_fr": ProjectIndexPage.objects.get(pk=index_fr.pk),
        "medtech": medtech,
        "biopharma": biopharma,
        "implants": implants,
    }


def make_project(index, *, strategic_areas=(), partners=(), outcomes=(), **fields):
    """A live project under `index` (a draft with draft=True), saved once.

    `partners` and `outcomes` are unsaved ProjectPartner and ProjectOutcome
    instances, or dicts of their fields.
    """
    from projects.models import ProjectOutcome, ProjectPartner

    project = ProjectPageFactory.build(locale=index.locale, **fields)
    project.strategic_areas = list(strategic_areas)
    # sort_order set as the admin's inline panels do: NULLs sort first on
    # SQLite and last on PostgreSQL.
    project.partners = ordered(ProjectPartner, partners)
    project.outcomes = ordered(ProjectOutcome, outcomes)
    index = ProjectIndexPage.objects.get(pk=index.pk)
    index.add_child(instance=project)
    return ProjectPage.objects.get(pk=project.pk)


def ordered(model, items):
    parts = [item if isinstance(item, model) else model(**item) for item in items]
    for position, part in enumerate(parts):
        part.sort_order = position
    return parts
