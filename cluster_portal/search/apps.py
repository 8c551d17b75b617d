from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "cluster_portal.search"
    label = "portal_search"
    verbose_name = "Site search"
