"""Admin registration of the shared snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import FooterText, Organisation, StrategicArea
from .uploads import register_upload_policies

register_upload_policies()


class StrategicAreaViewSet(SnippetViewSet):
    model = StrategicArea
    icon = "tag"
    list_display = ["name", "kind", "parent", "locale"]
    list_filter = ["kind"]  # Wagtail adds its own language filter
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "acronym", "kind", "country", "locale"]
    list_filter = ["kind", "country"]  # Wagtail adds its own language filter
    search_fields = ["name", "acronym", "description"]
    ordering = ["name"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    list_display = ["body", "locale"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Taxonomy & partners"
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (StrategicAreaViewSet, OrganisationViewSet, FooterTextViewSet)


register_snippet(TaxonomyGroup)
