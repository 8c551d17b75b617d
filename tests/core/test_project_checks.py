"""The project passes Django's checks and its models match their migrations."""

from io import StringIO

from django.core.management import call_command


def test_models_have_their_migrations(db):
    output = StringIO()
    # --check exits with status 1 (SystemExit) when a migration is missing.
    call_command("makemigrations", "--check", "--dry-run", stdout=output)
    assert "No changes detected" in output.getvalue()


def test_system_checks_pass():
    output = StringIO()
    call_command("check", stdout=output, stderr=output)
    assert "System check identified no issues" in output.getvalue()
