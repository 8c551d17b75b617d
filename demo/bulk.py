"""Thousands of pages in seconds, for the tests and the benchmark at scale.

Treebeard's `add_child` reads the parent's last child and updates the
parent's child count for every node it adds, and Wagtail's `Page.save`
cleans, indexes and signals; `members.access.access_for` adds a collection
the same way. At 2,500 members that is minutes. These helpers compute the
materialised paths themselves and write each table in a few statements.

They write the rows a page (with its French translation) and `access_for`
write; `index_for_search` then adds the search entries in one batch. They
leave out the reference index (the admin's "usage" counts), which no public
page reads. tests/members/test_self_service_queries.py checks that the bulk
access matches `access_for`'s, and that treebeard places pages and
collections added afterwards where it should; `demo.synthetic` uses them.
"""

import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)
from wagtail.search.backends import get_search_backend

# The group name is access_for's own, so that the two cannot drift apart.
from members.access import (
    COLLECTION_PERMISSIONS,
    UPLOADS_COLLECTION,
    group_name,
    permission,
)
from members.models import MemberAccess

from .factories.members import MemberPageFactory


def _place_children(parent, nodes):
    """Give `nodes` the paths of the next children of `parent`; count them in."""
    # Treebeard trusts the instance's child count, which may be stale.
    parent.refresh_from_db(fields=["numchild"])
    last = parent.get_last_child()
    first_step = last._get_lastpos_in_path() + 1 if last is not None else 1
    depth = parent.depth + 1
    for step, node in enumerate(nodes, start=first_step):
        node.depth = depth
        node.path = parent._get_path(parent.path, depth, step)
        node.numchild = 0
    type(parent).objects.filter(pk=parent.pk).update(
        numchild=F("numchild") + len(nodes)
    )
    parent.refresh_from_db(fields=["numchild"])


def add_collections(parent, names):
    """New child collections of `parent`, in order, as saved rows.

    Treebeard keeps collections' paths in name order (`node_order_by`) and
    inserts later ones by it, so the names must sort after the existing
    children's.
    """
    parent.refresh_from_db(fields=["numchild"])
    last = parent.get_last_child()
    names = list(names)
    if names != sorted(names) or (last and names and names[0] < last.name):
        raise ValueError("Bulk collections must sort after their siblings.")
    collections = [Collection(name=name) for name in names]
    _place_children(parent, collections)
    return Collection.objects.bulk_create(collections)


def add_pages(parent, pages):
    """Save built pages of one specific type as the last children of `parent`.

    Django cannot bulk-create a model with a parent table: the `Page` rows go
    in one statement, then each specific row is saved "raw", as loaddata
    saves it (no parent row, no signals acted on).
    """
    now = timezone.now()
    _place_children(parent, pages)
    for page in pages:
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        if page.live:
            page.first_published_at = page.last_published_at = now
    Page.objects.bulk_create(pages)
    for page in pages:
        page.page_ptr_id = page.id
        page.save_base(raw=True, force_insert=True)
    return pages


def add_members(
    directory, directory_fr, numbers, name="Company", width=4, fields_of=None
):
    """Live members "<name> NNNN" (`width` digits), each with its French
    translation; `fields_of(number)` gives more fields of both pages.

    Returns (english, french) lists of pages, in the order of `numbers`.
    """
    fields = {n: fields_of(n) if fields_of else {} for n in numbers}
    english = [
        MemberPageFactory.build(
            locale=directory.locale,
            title=f"{name} {n:0{width}}",
            slug=slugify(f"{name} {n:0{width}}"),
            summary=f"What {name} {n} does.",
            **fields[n],
        )
        for n in numbers
    ]
    french = [
        MemberPageFactory.build(
            locale=directory_fr.locale,
            translation_key=page.translation_key,
            title=page.title,
            slug=page.slug,
            summary=f"Ce que fait l'entreprise {n}.",
            **fields[n],
        )
        for n, page in zip(numbers, english, strict=True)
    ]
    return add_pages(directory, english), add_pages(directory_fr, french)


def grant_access(pages):
    """What `access_for` creates for each member, for many members at once.

    `pages` are the members' pages in every language; one group, collection
    and access row per translation key.
    """
    members = {}
    for page in sorted(pages, key=lambda page: page.pk):
        members.setdefault(page.translation_key, page)
    groups = Group.objects.bulk_create(
        Group(name=group_name(page)) for page in members.values()
    )
    access_admin = permission("wagtailadmin", "access_admin")
    Group.permissions.through.objects.bulk_create(
        Group.permissions.through(group=group, permission=access_admin)
        for group in groups
    )
    root = Collection.get_first_root_node()
    uploads = root.get_children().filter(name=UPLOADS_COLLECTION).first()
    if uploads is None:
        uploads = root.add_child(name=UPLOADS_COLLECTION)
    collections = add_collections(
        uploads, [page.title[:255] for page in members.values()]
    )
    MemberAccess.objects.bulk_create(
        MemberAccess(translation_key=key, group=group, collection=collection)
        for key, group, collection in zip(members, groups, collections, strict=True)
    )
    group_of = dict(zip(members, groups, strict=True))
    change = permission("wagtailcore", "change_page")
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(
            group=group_of[page.translation_key], page=page, permission=change
        )
        for page in pages
    )
    permissions = [permission(*pair) for pair in COLLECTION_PERMISSIONS]
    GroupCollectionPermission.objects.bulk_create(
        GroupCollectionPermission(
            group=group, collection=collection, permission=permission
        )
        for (group, collection), permission in itertools.product(
            zip(groups, collections, strict=True), permissions
        )
    )
    return groups


def add_editors(groups):
    """One invited editor (no password yet) in each group; returns the users."""
    User = get_user_model()  # noqa: N806 - a model class
    users = []
    for group in groups:
        email = f"editor-{group.pk}@example.org"
        user = User(username=email, email=email)
        user.set_unusable_password()
        users.append(user)
    users = User.objects.bulk_create(users)
    User.groups.through.objects.bulk_create(
        User.groups.through(user=user, group=group)
        for user, group in zip(users, groups, strict=True)
    )
    return users


def add_links(pages, field_name, targets_of):
    """Fill the many-to-many `field_name` of saved `pages` in one statement.

    `targets_of(page)` gives the primary keys the page links to, in order.
    """
    field = type(pages[0])._meta.get_field(field_name)
    through = field.remote_field.through
    source, target = (
        f"{field.m2m_field_name()}_id",
        f"{field.m2m_reverse_field_name()}_id",
    )
    through.objects.bulk_create(
        through(**{source: page.pk, target: pk})
        for page in pages
        for pk in dict.fromkeys(targets_of(page))
    )


def add_rows(rows):
    """Save unsaved child rows (inline panels: `Orderable`s) of one model."""
    rows = list(rows)
    if rows:
        type(rows[0]).objects.bulk_create(rows, batch_size=2000)


def index_for_search(model, pks):
    """Add the pages of `model` with these keys to the search index, in batches.

    `get_indexed_objects` joins what the model's related search fields read
    (tags, products), as `update_index` does.
    """
    backend = get_search_backend()
    pks = list(pks)
    for start in range(0, len(pks), 1000):
        batch = model.get_indexed_objects().filter(pk__in=pks[start : start + 1000])
        backend.add_bulk(model, list(batch))


def analyse():
    """Fresh statistics, as PostgreSQL's autovacuum would gather after a bulk
    load (SQLite keeps them only when asked).

    Planned for near-empty tables, the admin's permission queries and the
    public listings scan every page.
    """
    if connection.vendor in ("postgresql", "sqlite"):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
