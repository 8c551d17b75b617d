from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


def dump(client, url, width=230):
    assert client.get(url).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as q:
        r = client.get(url)
    assert r.status_code == 200
    print("=====", url, len(q.captured_queries))
    for x in q.captured_queries:
        print("   ", x["sql"][:width])
