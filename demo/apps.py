from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site, its bulk generators and the development accounts.

    Installed by the development and test settings only: production neither
    installs nor imports it, nor the test factories it builds pages with.
    """

    name = "demo"
    verbose_name = "Demo content"
