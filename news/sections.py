"""What the news adds to the pages its stories mention."""

from django.utils.translation import gettext_lazy as _

from cluster_portal.core.sections import LinkedSection

from .models import NewsIndexPage, NewsPage


class StoriesMentioning(LinkedSection):
    """The newest stories that mention a member, event or project page."""

    # First: a story is the freshest thing said about a page.
    order = 100
    key = "news"
    title = _("In the news")
    card_template = "news/news_card.html"
    card_name = "story"
    index_model = NewsIndexPage
    see_all_label = _("All the news about %(name)s")

    def get_queryset(self):
        return (
            self.linking(NewsPage.objects, related_pages__page_id=self.page.pk)
            .newest_first()
            .for_listing()
        )

    def see_all_suffix(self, index):
        return f"?mentions={self.page.pk}"
