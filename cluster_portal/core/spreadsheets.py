"""Cells that are safe to open in a spreadsheet, for every CSV the portal writes."""

import csv

from django.http import HttpResponse

# Characters that make a spreadsheet read a cell as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Make a cell safe to open in a spreadsheet: never a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def csv_response(filename, header, rows):
    """A CSV download as spreadsheet programs read it right: UTF-8 with a
    byte-order mark (for the accents), and no cell read as a formula.

    `rows` are sequences of cell values, in the order of `header`.
    """
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(header)
    for row in rows:
        writer.writerow(neutralise(value) for value in row)
    return response
