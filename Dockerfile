# Production image: gunicorn serving the portal with production settings.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=cluster_portal.settings.production \
    PORT=8000

RUN groupadd --system portal && useradd --system --gid portal --home /app portal
WORKDIR /app

COPY requirements/base.lock ./requirements/base.lock
RUN pip install --no-cache-dir -r requirements/base.lock

COPY manage.py ./
COPY cluster_portal ./cluster_portal
COPY news ./news
COPY events ./events
COPY members ./members
COPY projects ./projects
COPY templates ./templates
COPY static ./static
COPY locale ./locale
# collectstatic and compilemessages need settings but no real secrets or database.
RUN SECRET_KEY=build-only ALLOWED_HOSTS=localhost DATABASE_URL=sqlite:////tmp/build.db \
    WAGTAILADMIN_BASE_URL=http://localhost EMAIL_HOST=localhost \
    DEFAULT_FROM_EMAIL=build@localhost \
    python manage.py collectstatic --noinput \
    && python manage.py compile_catalogues \
    && mkdir -p /app/media && chown -R portal:portal /app/media

USER portal
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz/', timeout=4).status == 200 else 1)"
CMD ["sh", "-c", "gunicorn cluster_portal.wsgi:application --bind 0.0.0.0:${PORT} --workers ${GUNICORN_WORKERS:-3} --access-logfile - --forwarded-allow-ips='*'"]
