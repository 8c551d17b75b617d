"""Wagtail's image tags with the size named from `core.renditions.SIZES`.

`{% sized_image img "card" alt="" %}` is `{% image img fill-640x360 alt="" %}`
and `{% sized_srcset_image img "lead" sizes="…" %}` is `{% srcset_image … %}`;
`{% sized_picture img "card" alt="" %}` is `{% picture img fill-640x360
format-{avif,webp,jpeg} alt="" %}` (see `renditions.picture`):
the same nodes, so the HTML is Wagtail's own; only the spec comes from the
table instead of a literal.
"""

from django import template
from django.template.base import Token
from wagtail.images.templatetags.wagtailimages_tags import image as wagtail_image

from cluster_portal.core.renditions import SIZES, picture

register = template.Library()


def sized(wagtail_tag_name, spec=SIZES.get):
    def parse(parser, token):
        tag_name, image_expr, *bits = token.split_contents()
        if not bits:
            raise template.TemplateSyntaxError(f"{tag_name} needs a size name")
        name = bits[0].strip("\"'")
        if name not in SIZES:
            raise template.TemplateSyntaxError(
                f"{tag_name}: unknown size {name!r}; known: {', '.join(SIZES)}"
            )
        contents = " ".join([wagtail_tag_name, image_expr, spec(name), *bits[1:]])
        return wagtail_image(
            parser, Token(token.token_type, contents, token.position, token.lineno)
        )

    return parse


register.tag("sized_image", sized("image"))
register.tag("sized_srcset_image", sized("srcset_image"))
register.tag("sized_picture", sized("picture", spec=picture))
