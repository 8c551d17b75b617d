"""The card of one item in a block another section adds to a page."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def linked_card(context, section, item):
    """`item`'s card, its variable named as that section's card expects."""
    return section.render_card(context, item)
