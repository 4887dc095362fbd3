"""The vocabulary of figure questions: the only copy of every word list.

Plain data, no code. bot.figures.parse matches it (folded: lower case, no accents); `make nlu`
(tools/nlu.py) writes the NLU lookup tables and synonyms from it.
"""

from bot.figures.vocabulary.countries import COUNTRIES, DATA_COUNTRIES
from bot.figures.vocabulary.kinds import KIND_WORDS
from bot.figures.vocabulary.time import AMBIGUOUS_MONTHS, MONTHS, NUMBER_WORDS, RELATIVE_YEARS, YEAR_SHIFTS
from bot.figures.vocabulary.words import (
    FIGURE_WORDS,
    FOLLOWUP_STARTS,
    FOLLOWUP_WORDS,
    LOW_WORDS,
    MONEY_WORDS,
    NOT_COUNTRIES,
    PERSONAL_WORDS,
    PROFILE_NAMES,
    PROFILES,
    QUESTION_WORDS,
    REFERRING_WORDS,
    RETURN_WORDS,
)

__all__ = [
    "AMBIGUOUS_MONTHS",
    "COUNTRIES",
    "DATA_COUNTRIES",
    "FIGURE_WORDS",
    "FOLLOWUP_STARTS",
    "FOLLOWUP_WORDS",
    "KIND_WORDS",
    "LOW_WORDS",
    "MONEY_WORDS",
    "MONTHS",
    "NOT_COUNTRIES",
    "NUMBER_WORDS",
    "PERSONAL_WORDS",
    "PROFILE_NAMES",
    "PROFILES",
    "QUESTION_WORDS",
    "REFERRING_WORDS",
    "RELATIVE_YEARS",
    "RETURN_WORDS",
    "YEAR_SHIFTS",
]
