"""What the projects add to the pages of their partners."""

from django.utils.translation import gettext_lazy as _

from cluster_portal.core.sections import LinkedSection

from .filters import MEMBER_PREFIX
from .models import ProjectIndexPage, ProjectPage


class ProjectsOfMember(LinkedSection):
    """The projects a member coordinates or takes part in."""

    # Last: a project runs for years, so it changes least often.
    order = 300
    key = "projects"
    title = _("Projects")
    card_template = "projects/project_card.html"
    card_name = "project"
    index_model = ProjectIndexPage
    see_all_label = _("All the projects of %(name)s")

    def get_queryset(self):
        return (
            self.linking(ProjectPage.objects, partners__member_id=self.page.pk)
            .distinct()
            .newest_first()
            .for_listing()
        )

    def see_all_suffix(self, index):
        return f"?partner={MEMBER_PREFIX}{self.page.pk}"
