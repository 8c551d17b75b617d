"""factory_boy factories for the member directory."""

import factory
import wagtail_factories
from django.utils.text import slugify

from demo.factories.core import default_locale
from members.models import MemberDirectoryPage, MemberPage, Sector


class MemberDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Members"
    slug = "members"
    intro = "The companies, labs and hospitals of the cluster."

    class Meta:
        model = MemberDirectoryPage


class SectorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sector {n}")
    slug = factory.LazyAttribute(lambda sector: slugify(sector.name))
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = Sector


class MemberPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Member company {n:04}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    summary = factory.Faker("sentence", nb_words=10)
    city = "Liège"
    postcode = "4000"
    country = "BE"
    size_band = MemberPage.SizeBand.SMALL
    member_since = 2015

    class Meta:
        model = MemberPage
        skip_postgeneration_save = True  # the hooks save when they change anything

    class Params:
        draft = factory.Trait(live=False)
        lapsed = factory.Trait(membership_status=MemberPage.Status.LAPSED)

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(extracted)
            self.save()

    @factory.post_generation
    def strategic_areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.strategic_areas.set(extracted)
            self.save()

    @factory.post_generation
    def technologies(self, create, extracted, **kwargs):
        if create and extracted:
            self.technologies.add(*extracted)
            self.save()
