"""factory_boy factories for projects and their parts."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils.text import slugify

from projects.models import (
    ProjectIndexPage,
    ProjectPage,
)


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    title = "Projects"
    slug = "projects"
    intro = "The collaborative R&D projects the cluster has labelled."

    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Project {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
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
        skip_postgeneration_save = True  # the hooks save when they change anything

    class Params:
        draft = factory.Trait(live=False)
        completed = factory.Trait(status=ProjectPage.Status.COMPLETED)

    @factory.post_generation
    def strategic_areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.strategic_areas.set(extracted)
            self.save()
