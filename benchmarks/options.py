"""Deterministic, city-like dropdown options: accented labels, unique values.

Pure Python (no Dash): the unit tests and the apps share it.
"""

import random
import unicodedata

# Word parts, split on "|" to keep the lists short; "" entries make the part optional.
_ONSETS = "b|br|c|ch|d|f|g|gr|j|k|l|m|n|p|r|s|st|t|tr|v|z|ž|ł|ś|č".split("|")
_VOWELS = "a|e|i|o|u|á|é|í|ó|ú|ã|ö|ü|ø|å|ê".split("|")
_CODAS = "||n|r|s|l|m|rt|nd|ck".split("|")
_SUFFIXES = (
    "|||ville|burg|ópolis|heim|ów|ice|sur-Mer|del Río|an der See|-lès-Bains|grad|hamn".split("|")
)
_PREFIXES = "||||São |Saint-|Santa |Nueva |Bad |Port |Mont-|Villa |Nowy |Ciudad |Groß-".split("|")
_REGIONS = (
    "Québec|Île-de-France|Bayern|São Paulo|Łódź|Región de Murcia|Provence-Alpes-Côte d'Azur|"
    "Nordrhein-Westfalen|Ciudad de México|Zürich|Skåne|Västra Götaland|Minas Gerais|Andalucía|"
    "Bretagne|Tōkyō|Ontario|Toscana|Małopolska|Jihomoravský kraj|Castilla y León|Tirol|"
    "Hauts-de-France|Rio Grande do Sul|Wallonie|Attikí|Dolnośląskie|Baden-Württemberg|"
    "Catalunya|Reykjavík"
).split("|")


def _word(rng):
    syllables = rng.choice([2, 2, 3])
    text = "".join(
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
    )
    return text[:1].upper() + text[1:]


def city_options(count, seed=6):
    """`count` options like {"label": "Nueva Žáster, Québec", "value": "city-000042"}.

    The same list on every call and machine (seeded), labels unique, values unique.
    """
    rng = random.Random(seed)
    seen = set()
    options = []
    while len(options) < count:
        suffix = rng.choice(_SUFFIXES)
        name = rng.choice(_PREFIXES) + _word(rng)
        if suffix:
            name += ("" if suffix.startswith("-") else " ") + suffix
        label = f"{name}, {rng.choice(_REGIONS)}"
        if label in seen:
            continue
        seen.add(label)
        options.append({"label": label, "value": f"city-{len(options):06d}"})
    return options


def fold(text):
    """Lower case without accents: how a user expects "sao" to find "São"."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def pick_query(options, preferred=("mon", "san", "ber", "por", "vil", "gra", "bad", "tor")):
    """A 3-letter ASCII query, typed one key at a time, whose every prefix changes the menu.

    The first option must not match the first letter and each longer prefix must match fewer
    (but at least 5) options, so each keystroke visibly changes the rows in any implementation.
    """
    labels = [fold(o["label"]) for o in options]
    for query in preferred:
        if query[0] in labels[0]:
            continue
        counts = [sum(query[: k + 1] in label for label in labels) for k in range(len(query))]
        if counts[-1] >= 5 and all(a > b for a, b in zip(counts, counts[1:], strict=False)):
            return query
    raise ValueError("no query fits these options")
