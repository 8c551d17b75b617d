"""Render a card template for one item, under the name that card expects."""

from django.template.loader import get_template


def render_card(context, template_name, **variables):
    """The card in the page's own context, so its tags see the request."""
    with context.push(**variables):
        return get_template(template_name).template.render(context)
