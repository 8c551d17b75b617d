"""factory_boy factories for projects and their parts."""

import datetime
from decimal import Decimal

import factory

from demo.factories.core import SectionPageFactory, index_page_factory
from projects.models import (
    ProjectIndexPage,
    ProjectPage,
)

ProjectIndexPageFactory = index_page_factory(
    ProjectIndexPage,
    "Projects",
    "The collaborative R&D projects the cluster has labelled.",
)


class ProjectPageFactory(SectionPageFactory):
    title = factory.Sequence(lambda n: f"Project {n}")
    acronym = factory.Sequence(lambda n: f"P{n}")
    summary = factory.Faker("sentence", nb_words=14)
    label_date = factory.Sequence(
        lambda n: datetime.date(2020 + n % 4, 1 + n % 12, 1 + n % 28)
    )
    status = ProjectPage.Status.RUNNING
    total_budget = Decimal("1000000.00")
    private_funding = Decimal("300000.00")
    public_funding_source = "Walloon Region"
    start_date = factory.LazyAttribute(
        lambda page: page.label_date + datetime.timedelta(days=90)
    )
    end_date = factory.LazyAttribute(
        lambda page: page.start_date + datetime.timedelta(days=3 * 365)
    )

    class Meta:
        model = ProjectPage

    class Params:
        completed = factory.Trait(status=ProjectPage.Status.COMPLETED)
