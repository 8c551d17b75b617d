"""Every image size the portal renders, named by what it is for.

Templates name a size (`{% sized_image page.lead_image "card" %}`, see
`core/templatetags/rendition_tags.py`) and listings prefetch the same names,
so a prefetch always covers what its template draws: Wagtail treats
prefetched renditions as the complete set and would re-encode a missing
size on every request.
"""

CARD = "fill-640x360"
# Open Graph and structured data; the large (featured) card reuses it, so a
# story's share image is encoded once for both.
SHARE = "fill-1200x630"
# schema.org Organization.logo: large enough for search engines.
SCHEMA_LOGO = "max-512x512"
MEMBER_LOGO = "max-320x160"
PARTNER_LOGO = "max-240x120"
HOME_PARTNER_LOGO = "max-160x80"
PRODUCT = "fill-160x120"
LEAD = "fill-{640x360,960x540,1440x810}"
STANDARD_LEAD = "fill-{640x320,960x480,1440x720}"
HERO = "fill-{720x720,1280x640,1920x800}"
BODY = "width-{480,800,1200}"

# Sizes drawn as <picture> (`{% sized_picture %}`): AVIF, then WebP, then
# this format for browsers that read neither; logos keep PNG's sharp edges
# and transparency.
FALLBACK_FORMAT = {
    "member_logo": "png",
    "partner_logo": "png",
    "home_partner_logo": "png",
}


def picture(name):
    """The spec a `<picture>` of size `name` draws: every format of it.

    Space-separated, as Wagtail's `{% picture %}` takes it, and as listings
    pass it to `images.attach_renditions`, so both name the same renditions.
    """
    fallback = FALLBACK_FORMAT.get(name, "jpeg")
    return f"{SIZES[name]} format-{{avif,webp,{fallback}}}"


SIZES = {
    "card": CARD,
    "share": SHARE,
    "schema_logo": SCHEMA_LOGO,
    "member_logo": MEMBER_LOGO,
    "partner_logo": PARTNER_LOGO,
    "home_partner_logo": HOME_PARTNER_LOGO,
    "product": PRODUCT,
    "lead": LEAD,
    "standard_lead": STANDARD_LEAD,
    "hero": HERO,
    "body": BODY,
}
