"""One card of a listing, whatever name its template gives the item."""

from django import template

from cluster_portal.core.cards import render_card

register = template.Library()


@register.simple_tag(takes_context=True)
def card(context, template_name, name, item, **variables):
    """`{% card "events/event_card.html" "event" event heading_level=3 %}`."""
    return render_card(context, template_name, **{name: item}, **variables)
