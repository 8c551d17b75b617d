"""factory_boy factories for the core pages and snippets."""

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Locale

from cluster_portal.core.models import (
    FooterText,
    HomePage,
    Organisation,
    StandardPage,
    StrategicArea,
)


def default_locale():
    return Locale.objects.get_or_create(language_code="en")[0]


def slug_of(field):
    """A slug made from another of the factory's fields."""
    return factory.LazyAttribute(lambda obj: slugify(getattr(obj, field)))


def related(field, add=False):
    """A post-generation hook: `Factory(field=[...])` fills that relation
    (with `add` for a tag manager, with `set` otherwise) and saves."""

    def fill(obj, create, extracted, **kwargs):
        if create and extracted:
            manager = getattr(obj, field)
            if add:
                manager.add(*extracted)
            else:
                manager.set(extracted)
            obj.save()

    return factory.PostGeneration(fill)


def index_page_factory(model, title, intro):
    """The factory of a section's index page, at the slug of its title."""
    meta = type("Meta", (), {"model": model})
    attributes = {"title": title, "slug": slugify(title), "intro": intro, "Meta": meta}
    return type(
        f"{model.__name__}Factory", (wagtail_factories.PageFactory,), attributes
    )


class SectionPageFactory(wagtail_factories.PageFactory):
    """What the sections' page factories share: a slug made from the title,
    a `draft` trait, and `strategic_areas=[...]` filled once saved."""

    slug = slug_of("title")

    class Meta:
        abstract = True
        skip_postgeneration_save = True  # the hooks save when they change anything

    class Params:
        draft = factory.Trait(live=False)

    strategic_areas = related("strategic_areas")


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"
    hero_heading = "Health innovation, together"
    hero_text = "Companies, labs and hospitals building tomorrow's medicine."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = slug_of("title")
    intro = factory.Faker("sentence", nb_words=14)

    class Meta:
        model = StandardPage

    class Params:
        draft = factory.Trait(live=False)
        in_menu = factory.Trait(show_in_menus=True)


class StrategicAreaFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Strategic area {n}")
    slug = slug_of("name")
    locale = factory.LazyFunction(default_locale)
    kind = StrategicArea.Kind.AREA
    description = factory.Faker("sentence", nb_words=12)

    class Meta:
        model = StrategicArea

    class Params:
        domain = factory.Trait(kind=StrategicArea.Kind.DOMAIN)


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner organisation {n}")
    kind = Organisation.Kind.CLUSTER
    country = "BE"
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = Organisation


class FooterTextFactory(factory.django.DjangoModelFactory):
    body = "A regional health-innovation cluster."
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = FooterText
