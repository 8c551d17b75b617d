"""A page translated in the admin links to the translations of what it links to.

Wagtail's copy for translation keeps every link as it was: a French copy of an
event would name the English member pages, English strategic areas and
English partners, and its form (which offers only French areas) would refuse
to save. After the copy, each link to a translatable object (a page, a
snippet) is moved to that object's translation in the new language; an area
or sector that has none is dropped, a page or partner that has none is kept.
"""

from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.models import Page, TranslatableMixin


def in_locale(obj, locale):
    if obj is None or not isinstance(obj, TranslatableMixin):
        return obj
    return obj.get_translation_or_none(locale)


def relink(obj, locale, *, keep_untranslated):
    """Point obj's foreign keys to translatable objects at their translations."""
    changed = False
    for field in obj._meta.concrete_fields:
        if not isinstance(field, models.ForeignKey) or isinstance(field, ParentalKey):
            continue
        if not issubclass(field.related_model, TranslatableMixin):
            continue
        if field.name in ("locale", "alias_of"):
            continue
        current = getattr(obj, field.name)
        if current is None or current.locale_id == locale.pk:
            continue
        translated = in_locale(current, locale)
        if translated is None and keep_untranslated:
            continue
        setattr(obj, field.name, translated)
        changed = True
    return changed


def localise_links(page, locale):
    """Move `page`'s links to their translations in `locale`; True if any moved."""
    changed = relink(page, locale, keep_untranslated=True)
    for field in page._meta.get_fields():
        if isinstance(field, ParentalManyToManyField) and issubclass(
            field.related_model, TranslatableMixin
        ):
            current = list(getattr(page, field.name).all())
            translated = [in_locale(item, locale) for item in current]
            translated = [item for item in translated if item is not None]
            if [item.pk for item in translated] != [item.pk for item in current]:
                setattr(page, field.name, translated)
                changed = True
        elif (
            field.one_to_many
            and isinstance(getattr(field, "field", None), ParentalKey)
            and field.related_model is not None
        ):
            children = list(getattr(page, field.get_accessor_name()).all())
            moved = [
                relink(child, locale, keep_untranslated=True) for child in children
            ]
            if any(moved):
                setattr(page, field.get_accessor_name(), children)
                changed = True
    return changed


def on_copied_for_translation(sender, source_obj, target_obj, **kwargs):
    """copy_for_translation_done: save the relinked copy as its latest draft."""
    if not isinstance(target_obj, Page):
        return
    draft = target_obj.specific.get_latest_revision_as_object()
    if localise_links(draft, draft.locale):
        draft.save_revision(clean=False)
