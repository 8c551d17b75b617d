"""The portal's open-data downloads: CSV safe in a spreadsheet, and JSON."""

import csv
import datetime

from django.http import JsonResponse, StreamingHttpResponse

# Characters that make a spreadsheet read a cell as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Make a cell safe to open in a spreadsheet: never a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


class _Lines:
    """What csv.writer writes to: each row handed back as its line."""

    def write(self, line):
        return line


def csv_response(filename, header, rows):
    """A CSV download as spreadsheet programs read it right: UTF-8 with a
    byte-order mark (for the accents), and no cell read as a formula.

    `rows` are sequences of cell values, in the order of `header`. The file
    is streamed as the rows are read: its first bytes leave at once and the
    memory it takes does not grow with the directory.
    """
    writer = csv.writer(_Lines())

    def lines():
        yield "\ufeff" + writer.writerow(header)
        for row in rows:
            yield writer.writerow(neutralise(value) for value in row)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def dated_filename(name, extension):
    """`members-2026-12-06.csv`: a download says what it holds and when."""
    return f"{name}-{datetime.date.today().isoformat()}.{extension}"


def rows_csv_response(name, fields, rows, cell=lambda value: value):
    """`rows` (dicts) as a dated CSV download, `fields` as its columns."""
    return csv_response(
        dated_filename(name, "csv"),
        fields,
        ([cell(row[field]) for field in fields] for row in rows),
    )


def json_export_response(name, fields, rows, **extra):
    """`rows` (dicts) as a dated JSON document under `name`, shown inline.

    The document gives its count and its fields first, then `extra` (totals,
    say), then the rows; non-ASCII text is kept readable.
    """
    response = JsonResponse(
        {"count": len(rows), **extra, "fields": fields, name: rows},
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )
    response["Content-Disposition"] = (
        f'inline; filename="{dated_filename(name, "json")}"'
    )
    return response
