"""The cards of a listing, whatever name their template gives the item."""

from django import template
from django.template.loader import get_template
from django.utils import translation
from django.utils.safestring import mark_safe

from cluster_portal.core.page_cache import keep_generation, peek_generation

register = template.Library()


def render_card(context, template_name, name, item, **variables):
    """One card. It renders in the page's own context (its tags see the request)
    with the item under the name it expects, so no wrapper template renames it."""
    with context.push(**{name: item}, **variables):
        return get_template(template_name).template.render(context)


def card_name(request, template_name, item, variables):
    """What a card's HTML depends on besides the content: its template, the
    item, the variables it is given, the language, the host its links are
    written for, and what the item says its card shows of the time
    (`card_state`: an event's card drops "Add to calendar" once it is over)."""
    state = getattr(item, "card_state", "")
    options = ",".join(f"{key}={value}" for key, value in sorted(variables.items()))
    return (
        f"card:{template_name}:{item._meta.label_lower}:{item.pk}:{state}:"
        f"{options}:{translation.get_language()}:{request.get_host()}"
    )


@register.simple_tag(takes_context=True)
def cards(context, template_name, name, items, eager_first=False, **variables):
    """Every card of `items`; `eager_first` when the first is above the fold.

    A card changes only with the content, so each is kept per content
    generation, and a listing reads all of its cards from the cache at
    once: rendering a dozen cards was most of a listing's time on a miss.
    Correct for the reason the page cache is (see page_cache): any change
    to what a card shows bumps the generation, which is part of every key.
    A preview is rendered afresh.
    """
    request = context.get("request")
    items = list(items)
    wanted = [
        {**variables, "eager": True} if eager_first and index == 0 else variables
        for index in range(len(items))
    ]
    if request is None or getattr(request, "is_preview", False):
        return mark_safe(  # noqa: S308 - rendered by the card templates
            "".join(
                render_card(context, template_name, name, item, **options)
                for item, options in zip(items, wanted, strict=True)
            )
        )
    names = [
        card_name(request, template_name, item, options)
        for item, options in zip(items, wanted, strict=True)
    ]
    held = peek_generation(request, names)
    rendered = {}
    for item, options, key in zip(items, wanted, names, strict=True):
        if key not in held:
            held[key] = rendered[key] = render_card(
                context, template_name, name, item, **options
            )
    keep_generation(request, rendered)
    return mark_safe("".join(held[key] for key in names))  # noqa: S308 - as above
