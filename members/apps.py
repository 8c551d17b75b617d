from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save


class MembersConfig(AppConfig):
    name = "members"

    def ready(self):
        from . import access, review
        from .models import MemberDirectoryPage, MemberPage

        post_migrate.connect(review.ensure_review, dispatch_uid="members.ensure_review")
        post_save.connect(review.on_directory_saved, sender=MemberDirectoryPage)
        post_save.connect(access.on_member_page_saved, sender=MemberPage)
        post_delete.connect(access.on_member_page_deleted, sender=MemberPage)
