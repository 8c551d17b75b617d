"""factory_boy factories for the member directory."""

import factory

from demo.factories.core import (
    SectionPageFactory,
    default_locale,
    index_page_factory,
    related,
    slug_of,
)
from members.models import MemberDirectoryPage, MemberPage, Sector

MemberDirectoryPageFactory = index_page_factory(
    MemberDirectoryPage, "Members", "The companies, labs and hospitals of the cluster."
)


class SectorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sector {n}")
    slug = slug_of("name")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = Sector


class MemberPageFactory(SectionPageFactory):
    title = factory.Sequence(lambda n: f"Member company {n:04}")
    summary = factory.Faker("sentence", nb_words=10)
    city = "Liège"
    postcode = "4000"
    country = "BE"
    size_band = MemberPage.SizeBand.SMALL
    member_since = 2015

    class Meta:
        model = MemberPage

    class Params:
        lapsed = factory.Trait(membership_status=MemberPage.Status.LAPSED)

    sectors = related("sectors")
    technologies = related("technologies", add=True)
