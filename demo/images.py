"""Demo images drawn with Pillow, so the demo needs no downloads."""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection

PALETTES = {
    "teal": ((0, 61, 69), (0, 118, 128), (120, 200, 200)),
    "violet": ((52, 30, 84), (107, 63, 160), (190, 160, 230)),
    "amber": ((92, 34, 8), (184, 67, 12), (250, 190, 120)),
    "green": ((22, 58, 28), (43, 106, 47), (160, 210, 150)),
}


def demo_collection():
    # A database flushed after migrate (as tests do) has no root collection.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    existing = root.get_children().filter(name="Demo images").first()
    return existing or root.add_child(name="Demo images")


def _font(size):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without scalable default font
        return ImageFont.load_default()


def draw_scene(width, height, palette, seed):
    """An abstract composition: a gradient with soft circles, like cells."""
    dark, mid, light = PALETTES[palette]
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    image = PILImage.new("RGB", (width, height), dark)
    draw = ImageDraw.Draw(image, "RGBA")
    for y in range(height):
        t = y / max(height - 1, 1)
        colour = tuple(round(d + (m - d) * t) for d, m in zip(dark, mid, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    for _ in range(14):
        radius = rng.randint(height // 10, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        alpha = rng.randint(25, 70)
        draw.ellipse(
            [x - radius, y - radius, x + radius, y + radius],
            fill=(*light, alpha),
            outline=(255, 255, 255, alpha + 30),
            width=max(2, height // 200),
        )
    return image


def draw_wordmark(text, palette):
    """A logo-like wordmark on white for partner organisations."""
    dark, mid, _light = PALETTES[palette]
    image = PILImage.new("RGB", (480, 200), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse([24, 60, 104, 140], fill=mid)
    draw.ellipse([52, 88, 76, 112], fill=(255, 255, 255))
    font = _font(52 if len(text) <= 8 else 36)
    draw.text((124, 100), text, fill=dark, font=font, anchor="lm")
    return image


def save_image(title, picture, alt_text):
    """Store `picture` as a Wagtail image once; later calls return the same one."""
    Image = get_image_model()  # noqa: N806 - a model class
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    digest = hashlib.sha1(title.encode(), usedforsecurity=False).hexdigest()[:10]
    image = Image(
        title=title,
        description=alt_text,
        collection=demo_collection(),
        file=ImageFile(buffer, name=f"demo-{digest}.png"),
    )
    image.save()
    return image
