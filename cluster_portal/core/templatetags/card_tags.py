"""One card of a listing, whatever name its template gives the item."""

from django import template
from django.template.loader import get_template

register = template.Library()


@register.simple_tag(takes_context=True)
def card(context, template_name, name, item, **variables):
    """`{% card "events/event_card.html" "event" event heading_level=3 %}`.

    The card renders in the page's own context (its tags see the request)
    with the item under the name it expects, so no wrapper template renames it.
    """
    with context.push(**{name: item}, **variables):
        return get_template(template_name).template.render(context)
