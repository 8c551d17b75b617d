"""The "Member profile review" workflow, its reviewers and its place in the tree.

Set up after every migrate (and kept if staff adjust it in the admin): the
communications staff group, a group approval task assigned to it, and the
workflow on every member directory, so every member page in every language
goes through it. Staff who may publish can still publish directly; a member
editor can only submit.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import MemberDirectoryPage

WORKFLOW_NAME = "Member profile review"
TASK_NAME = "Communications staff review"
STAFF_GROUP = "Communications staff"
STAFF_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock", "bulk_delete"]
STAFF_COLLECTION_PERMISSIONS = [
    ("wagtailimages", action + "_image")
    for action in ("add", "change", "delete", "choose")
] + [
    ("wagtaildocs", action + "_document")
    for action in ("add", "change", "delete", "choose")
]


def _permissions(pairs, using):
    query = Q()
    for app_label, codename in pairs:
        query |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.using(using).filter(query)


def ensure_staff_group(using="default"):
    """The communications staff: they edit everything, publish, and review members."""
    group, created = Group.objects.using(using).get_or_create(name=STAFF_GROUP)
    if not created:
        return group
    group.permissions.add(
        *_permissions(
            [
                ("wagtailadmin", "access_admin"),
                ("members", "manage_membership"),
                ("simple_translation", "submit_translation"),
            ],
            using,
        )
    )
    root = Page.objects.using(using).filter(depth=1).first()
    if root is not None:
        for permission in _permissions(
            [("wagtailcore", f"{action}_page") for action in STAFF_PAGE_PERMISSIONS],
            using,
        ):
            GroupPagePermission.objects.using(using).get_or_create(
                group=group, page=root, permission=permission
            )
    collection = Collection.objects.using(using).filter(depth=1).first()
    if collection is not None:
        for permission in _permissions(STAFF_COLLECTION_PERMISSIONS, using):
            GroupCollectionPermission.objects.using(using).get_or_create(
                group=group, collection=collection, permission=permission
            )
    return group


def review_workflow(using="default"):
    """The workflow with its task, created (or given back its task) on first need."""
    workflow, _created = Workflow.objects.using(using).get_or_create(name=WORKFLOW_NAME)
    if not WorkflowTask.objects.using(using).filter(workflow=workflow).exists():
        # A workflow without a task finishes on submission and publishes: a
        # member's edit would go live unreviewed (Wagtail refuses it only
        # because the member may not publish). Databases set up before the
        # task was saved properly are mended here.
        task = GroupApprovalTask.objects.using(using).filter(name=TASK_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.using(using).create(name=TASK_NAME)
            task.groups.set([ensure_staff_group(using)])
        # Not workflow.workflow_tasks.create(): a ParentalKey relation would
        # keep the row in memory only.
        WorkflowTask.objects.using(using).create(
            workflow=workflow, task=task, sort_order=0
        )
    return workflow


def assign_to(directory, using="default"):
    """Put the workflow on a member directory unless staff chose another."""
    WorkflowPage.objects.using(using).get_or_create(
        page=directory, defaults={"workflow": review_workflow(using)}
    )


def ensure_review(app_config=None, using="default", **kwargs):
    """post_migrate: the group, the workflow and its assignment to every directory.

    Runs once, on the signal of the last app Django sends it for (apps
    without models get none): the permissions it grants belong to apps
    listed after this one and are created by their own signals.
    """
    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if app_config is not None and app_config is not with_models[-1]:
        return

    ensure_staff_group(using)
    review_workflow(using)
    for directory in MemberDirectoryPage.objects.using(using).all():
        assign_to(directory, using)


def on_directory_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_to(instance)
