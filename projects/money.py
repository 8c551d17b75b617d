"""Euro amounts as visitors read them, in the active language."""

from decimal import ROUND_HALF_UP, Decimal

from django.utils import formats
from django.utils.translation import pgettext

MILLION = Decimal(1_000_000)
THOUSAND = Decimal(1_000)


def number(value, places):
    return formats.number_format(value, places, use_l10n=True, force_grouping=True)


def euros(value):
    """The full amount: "€1,250,000" in English, "1 250 000 €" in French."""
    if value is None:
        return ""
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 2
    return pgettext("amount", "€%(amount)s") % {"amount": number(value, places)}


def compact(value):
    """A rounded amount for figures and charts: "€3.3M", "€850k", "€0"."""
    if value is None:
        return ""
    value = Decimal(value)
    # Thresholds at what rounds up: €999,600 reads "€1M", not "€1,000k".
    if abs(value) >= MILLION - THOUSAND / 2:
        millions = (value / MILLION).quantize(Decimal("0.1"), ROUND_HALF_UP)
        places = 0 if millions == millions.to_integral_value() else 1
        return pgettext("amount in millions", "€%(amount)sM") % {
            "amount": number(millions, places)
        }
    if abs(value) >= THOUSAND - Decimal("0.5"):
        thousands = (value / THOUSAND).quantize(Decimal(1), ROUND_HALF_UP)
        return pgettext("amount in thousands", "€%(amount)sk") % {
            "amount": number(thousands, 0)
        }
    return euros(value.quantize(Decimal(1), ROUND_HALF_UP))


def percent(fraction):
    """A fraction as a whole percentage: "30 %" in French, "30%" in English."""
    if fraction is None:
        return ""
    value = (Decimal(fraction) * 100).quantize(Decimal(1), ROUND_HALF_UP)
    return pgettext("percentage", "%(value)s%%") % {"value": number(value, 0)}
