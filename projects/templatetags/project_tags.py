"""Amounts and shares on project pages, in the active language."""

from django import template

from .. import money

register = template.Library()

register.filter("euros", money.euros)
register.filter("compact_euros", money.compact)
register.filter("percent", money.percent)
