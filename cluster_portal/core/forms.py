"""Admin forms shared by the sections' page types."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin


class LocalisedTaxonomyPageForm(WagtailAdminPageForm):
    """Offers only the snippets (areas, series…) in the page's own language.

    Every choice of a translatable snippet is limited to the page's locale, so
    a French story cannot be filed under an English strategic area.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or (
            self.parent_page.locale_id if self.parent_page else None
        )
        if locale_id is None:
            return
        for field in self.fields.values():
            if not isinstance(field, forms.ModelChoiceField):
                continue
            model = field.queryset.model
            if issubclass(model, TranslatableMixin):
                field.queryset = field.queryset.filter(locale_id=locale_id)
