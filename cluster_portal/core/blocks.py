"""The StreamField blocks every page body is built from."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text=_("The heading text."))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Section headings appear in the page outline."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "Our strategic areas", "level": "h2"}
        description = _("A heading that starts a new section of the page.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Photographer or source.")
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        preview_value = {"alt_text": "", "caption": "A caption under the image"}
        description = _("An image with its alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text=_("The words quoted, without quotation marks."))
    name = blocks.CharBlock(max_length=120, help_text=_("Who said it."))
    role = blocks.CharBlock(
        required=False, max_length=160, help_text=_("Their job title.")
    )
    organisation = blocks.CharBlock(
        required=False, max_length=160, help_text=_("Their company or institution.")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "Collaboration is what turns a good idea into a product.",
            "name": "A member's CEO",
            "role": "Chief executive",
            "organisation": "A member company",
        }
        description = _("A quotation attributed to a person.")


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        max_length=20, help_text=_("The figure as it should read, e.g. 400+ or €37M.")
    )
    label = blocks.CharBlock(max_length=80, help_text=_("What the figure counts."))

    class Meta:
        icon = "order"
        preview_value = {"value": "400+", "label": "attendees"}
        description = _("One figure and what it counts.")


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=8)
    source = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Where the figures come from.")
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/key_figures_block.html"
        preview_value = {
            "heading": "The day in figures",
            "figures": [
                {"value": "400+", "label": "attendees"},
                {"value": "45", "label": "exhibition stands"},
                {"value": "800+", "label": "B2B meetings"},
            ],
        }
        description = _("A band of two to eight headline figures.")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    button_label = blocks.CharBlock(max_length=60)
    page = blocks.PageChooserBlock(
        required=False, help_text=_("Link to a page of this site…")
    )
    url = blocks.URLBlock(required=False, help_text=_("…or to another website."))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        preview_value = {
            "title": "Become a member",
            "text": "Join the companies, hospitals and labs that innovate together.",
            "button_label": "How to join",
            "url": "https://example.org/",
        }
        description = _("A highlighted invitation with one button.")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "page": ErrorList(
                        [ValidationError(_("Choose either a page or a web address."))]
                    )
                }
            )
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    label = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_("Link text; the document's title is used when empty."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        preview_value = {"label": "Annual report (PDF)"}
        description = _("A link to download a document.")


class EmbedWithCaptionBlock(blocks.StructBlock):
    embed = EmbedBlock(help_text=_("A video or other media address, e.g. YouTube."))
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"
        preview_value = {"caption": "A recorded talk"}
        description = _("Embedded media from another site, with a caption.")


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks shared by every page type."""

    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        preview_value="<p>Wallonia's health companies work together.</p>",
        description=_("Text with links, lists and emphasis."),
    )
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()
    embed = EmbedWithCaptionBlock()
